import { describe, expectTypeOf, it } from 'vitest';
import type { ItemKind } from '../../src/definition/item.js';
import type { AnswerKind, Issue, IssueOf } from '../../src/issues/issue.js';

describe('Issue types', () => {
  it('names the same item kinds as the definition', () => {
    expectTypeOf<AnswerKind>().toEqualTypeOf<ItemKind>();
  });

  it('narrows by code to the details that code carries', () => {
    const show = (issue: Issue) => {
      if (issue.code === 'too-long') expectTypeOf(issue.max).toEqualTypeOf<number>();
      if (issue.code === 'required') expectTypeOf(issue.preferNotToAnswer).toEqualTypeOf<boolean>();
      if (issue.code === 'out-of-range' && issue.limits?.kind === 'number') expectTypeOf(issue.limits.integer).toEqualTypeOf<boolean>();
    };
    expectTypeOf(show).parameter(0).toEqualTypeOf<Issue>();
    expectTypeOf<IssueOf<'not-in-section'>['section']>().toEqualTypeOf<string>();
    // A code without details has none to read.
    expectTypeOf<IssueOf<'cycle'>>().not.toHaveProperty('limits');
  });
});
