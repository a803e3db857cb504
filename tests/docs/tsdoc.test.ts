import { describe, expect, it } from 'vitest';
import { docGaps, ENTRIES, publicExports } from './tsdoc-audit.js';

// The examples themselves are type-checked and run with the guides' samples
// (tests/docs/guide-samples.test.ts), in one TypeScript program.
describe('TSDoc of the public API', () => {
  const exports = publicExports();

  it('is read for every entry', () => {
    expect(new Set(exports.map((e) => e.entry))).toEqual(new Set(Object.keys(ENTRIES)));
    expect(exports.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'defineQuestionnaire',
        'createIntakeMachine',
        'summarize',
        'QuestionnaireError',
        'toJsonSchema',
        'toFhirQuestionnaire',
        'substanceUseIntake',
      ]),
    );
  });

  it('has a summary, @param for each parameter, @returns and a fenced ts @example on every export', () => {
    const gaps = exports.flatMap((e) => {
      const missing = docGaps(e);
      return missing.length === 0 ? [] : [`${e.file}:${e.line} ${e.name} (${e.entry}): add ${missing.join(', ')}`];
    });
    expect([...new Set(gaps)]).toEqual([]);
  });

  it('finds a gap where there is one', () => {
    const complete = exports.find((e) => e.name === 'summarize');
    expect(complete && docGaps(complete)).toEqual([]);
    if (!complete) return;
    expect(docGaps({ ...complete, documentedParams: complete.documentedParams.slice(1), hasReturns: false, examples: [] })).toEqual([
      `@param ${complete.params[0]}`,
      '@returns',
      'a fenced ```ts @example',
    ]);
  });
});
