import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { briefScreen } from '../../questionnaires/index.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { SUMMARY_PHRASES } from '../../src/summary/phrases.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { clinicianSummary } from '../../examples/clinic-intake-web/src/clinician-summary.js';
import { flowInLocale } from '../../examples/clinic-intake-web/src/localized-summary.js';
import { setLocale } from '../../examples/clinic-intake-web/src/wording.js';
import { byClass, fake, type FakeElement, useFakeDocument } from './fake-document.js';
import type { Questionnaire } from '../../src/definition/types.js';

// The page imports the package by name, which resolves to the built dist/;
// these tests run it on the sources instead, so they need no build.
vi.mock('intake-screening', () => import('../../src/index.js'));

beforeAll(useFakeDocument);
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(() => setLocale('en'));

const CHANGED = SUMMARY_PHRASES.answerChanged;

/** "Yes" to ASQ question 1 and "no" to the acuity question, which was raised earlier: acute changed, positive holds. */
const changedAndHolding = (locale: string) =>
  summarize(briefScreen, { 'asq.q1': 1, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'no' }, { locale, raised: ['asq.acute', 'asq.positive'] });

function flagItems(view: FakeElement): Map<string, FakeElement> {
  const list = view.findAll(byClass('safety-flags'))[0];
  expect(list).toBeDefined();
  return new Map((list as FakeElement).elements.map((li) => [li.getAttribute('data-flag') ?? '', li]));
}

describe('the example’s care-team view of a flag whose answer was changed', () => {
  it('says so under the flag, in the library’s words, before the evidence; a flag that still holds has no such line', () => {
    const summary = changedAndHolding('en');
    const flags = flagItems(fake(clinicianSummary(summary, briefScreen)));
    expect([...flags.keys()]).toEqual(['asq.acute', 'asq.positive']);

    const acute = flags.get('asq.acute') as FakeElement;
    expect(acute.hasAttribute('data-answer-changed')).toBe(true);
    expect(acute.elements.map((e) => [e.tagName, e.getAttribute('class')])).toEqual([
      ['p', null],
      ['p', 'answer-changed'],
      ['ul', 'evidence'],
    ]);
    expect(acute.elements[1]?.textContent).toBe(CHANGED.en);
    expect(acute.elements[0]?.textContent).toContain(summary.safetyFlags[0]?.reason);
    // The evidence is the final answer, which no longer holds the trigger.
    expect(acute.elements[2]?.textContent).toContain('asq.q5');

    const positive = flags.get('asq.positive') as FakeElement;
    expect(positive.hasAttribute('data-answer-changed')).toBe(false);
    expect(positive.findAll(byClass('answer-changed'))).toEqual([]);
    expect(positive.textContent).not.toContain(CHANGED.en);
  });

  it('says it in Spanish when the page is in Spanish, and nothing in English', () => {
    setLocale('es');
    const view = fake(clinicianSummary(changedAndHolding('es'), briefScreen));
    const marker = flagItems(view).get('asq.acute')?.findAll(byClass('answer-changed'));
    expect(marker?.map((e) => e.textContent)).toEqual([CHANGED.es]);
    // Under the flag and in its urgency reason.
    expect(view.textContent.split(CHANGED.es)).toHaveLength(3);
    expect(view.textContent).not.toContain(CHANGED.en);
  });

  it('shows no marker for a summary without changed answers', () => {
    const view = fake(clinicianSummary(summarize(briefScreen, { 'asq.q1': 1, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'yes' }), briefScreen));
    expect(view.findAll(byClass('answer-changed'))).toEqual([]);
    expect(view.findAll((e) => e.hasAttribute('data-answer-changed'))).toEqual([]);
  });
});

describe('the example’s care-team view of every answer (issue 16, cases 0 and 1)', () => {
  it('shows free text given with a flag beside the flag, and every answer by section', () => {
    const words = 'I have pills saved up at home';
    const summary = summarize(briefScreen, { 'asq.q1': 1, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'yes', 'asq.q5.describe': words });
    const view = fake(clinicianSummary(summary, briefScreen));
    const acute = flagItems(view).get('asq.acute') as FakeElement;
    expect(acute.findAll(byClass('free-text')).map((e) => e.textContent)).toEqual([expect.stringContaining(words)]);
    const sections = view.findAll(byClass('answers'));
    expect(sections.map((e) => e.getAttribute('data-section'))).toEqual(['asq']);
    expect(sections[0]?.findAll((e) => e.hasAttribute('data-item')).map((e) => e.getAttribute('data-item'))).toEqual([
      'asq.q1',
      'asq.q2',
      'asq.q3',
      'asq.q4',
      'asq.q5',
      'asq.q5.describe',
    ]);
  });

  it('marks a flag and an answer the form would not have asked', () => {
    const view = fake(clinicianSummary(summarize(briefScreen, { 'asq.q5': 'yes' }), briefScreen));
    const acute = flagItems(view).get('asq.acute') as FakeElement;
    expect(acute.findAll(byClass('answer-changed')).map((e) => e.textContent)).toEqual([SUMMARY_PHRASES.notAsked.en]);
    const answer = view.findAll((e) => e.getAttribute('data-item') === 'asq.q5')[0];
    expect(answer?.textContent).toContain('not asked by the form’s logic');
  });
});

describe('flowInLocale: the summary the page shows after a language switch is the flow’s own output', () => {
  const machine = createIntakeMachine<Questionnaire>(briefScreen);
  const answer = (itemId: string, value: unknown): IntakeEvent => ({ type: 'ANSWER', itemId, value });
  const NEXT: IntakeEvent = { type: 'NEXT' };
  // "Yes" to ASQ question 2 and to the acuity question; after the crisis panel, question 2 is changed back to "no".
  const events: IntakeEvent[] = [
    NEXT,
    answer('auditc.sex', 'female'),
    NEXT,
    ...['tobacco', 'alcohol', 'drugs', 'rx'].map((c) => answer(`taps.${c}.frequency`, 'never')),
    NEXT,
    NEXT, // the withdrawal question may be left unanswered
    answer('phq9.q1', 0),
    answer('phq9.q2', 0),
    NEXT,
    answer('gad7.q1', 0),
    answer('gad7.q2', 0),
    NEXT,
    ...['asq.q1', 'asq.q2', 'asq.q3', 'asq.q4'].map((id) => answer(id, 0)),
    answer('asq.q2', 1),
    answer('asq.q5', 'yes'),
    { type: 'ACKNOWLEDGE' },
    answer('asq.q2', 0),
    NEXT,
    answer('living.home-support', true),
    answer('living.transport', true),
    NEXT,
    { type: 'SUBMIT' },
  ];

  function finished() {
    const actor = createActor(machine).start();
    for (const e of events) {
      actor.send(e);
      expect(actor.getSnapshot().context.issues).toEqual([]);
    }
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.answers).not.toHaveProperty('asq.q5');
    return { actor, output: snapshot.output as ReferralSummary, context: snapshot.context };
  }

  it('is the flow’s own output in the language it is written in', () => {
    const { actor, output } = finished();
    expect(flowInLocale(machine, actor, 'en')).toBe(actor);
    // Both were raised with the "yes" to question 1 (the non-acute one first); both answers were then taken back.
    expect(output.safetyFlags.map((f) => [f.id, f.answerChanged])).toEqual([
      ['asq.acute', true],
      ['asq.positive', true],
    ]);
  });

  it('keeps the changed flag, its urgency and the marker when the flow goes on in Spanish', () => {
    const { actor, context } = finished();
    const spanish = flowInLocale(machine, actor, 'es');
    expect(spanish).not.toBe(actor);
    expect(spanish.getSnapshot().status).toBe('done');
    const es = spanish.getSnapshot().output as ReferralSummary;
    expect(es.locale).toBe('es');
    expect(es.safetyFlags.map((f) => [f.id, f.urgency, f.answerChanged])).toEqual([
      ['asq.acute', 'emergency', true],
      ['asq.positive', 'urgent', true],
    ]);
    expect(es.urgency.level).toBe('emergency');
    // The same summary as the flow's, but in Spanish.
    expect(es).toEqual(summarize(briefScreen, context.answers, { locale: 'es', raised: ['asq.positive', 'asq.acute'] }));

    setLocale('es');
    const marker = flagItems(fake(clinicianSummary(es, briefScreen)))
      .get('asq.acute')
      ?.findAll(byClass('answer-changed'));
    expect(marker?.map((e) => e.textContent)).toEqual([CHANGED.es]);
  });
});
