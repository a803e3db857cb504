import { answersOf } from '../../src/flow/answers-of.js';
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { stepIntake } from '../../src/flow/intake-transition.js';
import { describeIntake } from '../../src/flow/intake-view.js';
import { ReferralSummarySchema } from '../../src/summary/referral-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { sectionPaths } from '../support/section-paths.js';

/** Every section-level path ends, when continued, in a completed flow whose summary validates. */
export function checkEveryPath(q: QuestionnaireInput) {
  const { machine, paths, fill } = sectionPaths(q);
  let completed = 0;
  const sectionsSeen = new Set<string>();
  for (const path of paths) {
    let s = path.state;
    for (let guard = 0; guard < 200 && s.status !== 'done'; guard++) {
      const view = describeIntake(q, s);
      if (view.section) sectionsSeen.add(view.section.id);
      if (view.status === 'safety') s = stepIntake(machine, s, { type: 'ACKNOWLEDGE' });
      else if (view.status === 'review') s = stepIntake(machine, s, { type: 'SUBMIT' });
      else s = fill(s, 0);
    }
    expect(s.status).toBe('done');
    const output = s.output;
    expect(ReferralSummarySchema.safeParse(output).success).toBe(true);
    expect(output).toEqual(summarize(q, answersOf(s.context), { raised: s.context.safety.fired.map((f) => f.id) }));
    if (path.state.status === 'done') completed++;
  }
  return { paths: paths.length, completed, sections: sectionsSeen.size, total: indexOf(q).sections.length };
}

describe('every section-level path (@xstate/graph)', () => {
  it('of the flow fixture reaches completed with a valid summary, visiting every section', () => {
    const r = checkEveryPath(flowFixture);
    expect(r.completed).toBeGreaterThan(1);
    expect(r.sections).toBe(r.total);
    expect(r.paths).toBeGreaterThan(r.total);
  });
});

describe('every section-level path of the bundled questionnaires', () => {
  it.each([
    ['briefScreen', briefScreen],
    ['substanceUseIntake', substanceUseIntake],
  ] as const)('%s: each path reaches completed with a summary that validates', (_name, q) => {
    const r = checkEveryPath(q);
    expect(r.sections).toBe(r.total);
    expect(r.completed).toBeGreaterThan(1);
  });
});
