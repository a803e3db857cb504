import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { withoutFences } from './samples.js';
import { ROOT } from './tsdoc-audit.js';

/** The literals of the `IssueCode` union, read from its declaration. */
function issueCodes(): string[] {
  const file = join(ROOT, 'src/issues/issue.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const alias = source.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'IssueCode');
  if (!alias || !ts.isUnionTypeNode(alias.type)) throw new Error('IssueCode is no longer a union of string literals in src/issues/issue.ts.');
  return alias.type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : t.getText()));
}

/** The codes in the first column of the issue code table of the guide. */
function documentedCodes(): string[] {
  const guide = withoutFences(readFileSync(join(ROOT, 'docs/defining-questionnaires.md'), 'utf8'));
  const section = guide.slice(guide.indexOf('## Issue codes'));
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1] as string);
}

describe('the issue code table in docs/defining-questionnaires.md', () => {
  it('explains every IssueCode, once, in the order of the union', () => {
    const codes = issueCodes();
    expect(codes.length).toBeGreaterThan(25);
    expect(documentedCodes()).toEqual(codes);
  });
});
