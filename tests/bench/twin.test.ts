import { answersOf } from '../../src/flow/answers-of.js';
import { Model, settings } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { answerScripts, type AnswerScript } from '../../bench/scripts/answer-scripts.js';
import { seededRandom } from '../../bench/scripts/prng.js';
import { DECLINED } from '../../bench/twin/condition-expression.js';
import { type SurveyTwin, toSurveyTwin } from '../../bench/twin/to-survey-json.js';
import { substanceUseIntake } from '../../questionnaires/index.js';
import type { Item } from '../../src/definition/item.js';
import type { Answers, AnswerValue, QuestionnaireInput } from '../../src/definition/types.js';
import { createIntakeMachine, describeIntake, PREFER_NOT_TO_ANSWER, resolveAnswers } from '../../src/index.js';
import { operatorsQuestionnaire } from './operators.js';
import type { Questionnaire } from '../../src/definition/types.js';

// Headless, as the bench runs it: no UI animation tasks queued per change.
settings.animationEnabled = false;

const q = substanceUseIntake;
const SEED = 20240601;
const visibility = (questionnaire: QuestionnaireInput) => (answers: Answers) => {
  const ev = resolveAnswers(questionnaire, answers).evaluation;
  return (id: string) => ev.visible(id);
};
const scripts = answerScripts(q, { count: 240, seed: SEED, visibility: visibility(q) });
const twin = toSurveyTwin(q);

function allItems(questionnaire: QuestionnaireInput): Item[] {
  return questionnaire.sections.flatMap((s) => s.items as readonly Item[]);
}

/** What our library says: visible item ids in document order, and PHQ-9 / GAD-7 (or the given scores) totals. */
function ours(questionnaire: QuestionnaireInput, answers: Answers, scores: readonly string[]) {
  const { evaluation } = resolveAnswers(questionnaire, answers);
  return {
    visible: allItems(questionnaire)
      .filter((i) => evaluation.visible(i.id))
      .map((i) => i.id),
    totals: Object.fromEntries(scores.map((id) => [id, evaluation.score(id)?.value ?? null])),
  };
}

/** What survey-core says for the same model state, mapped back to our ids. */
function theirs(survey: Model, t: SurveyTwin) {
  return {
    visible: survey.getAllQuestions(true).map((question) => t.itemOf.get(question.name) ?? `?${question.name}`),
    totals: Object.fromEntries(
      [...t.scoreNameOf].map(([id, name]) => {
        const v: unknown = survey.getVariable(name);
        return [id, typeof v === 'number' ? v : null];
      }),
    ),
  };
}

describe('answer scripts', () => {
  it('use the library’s value for "prefer not to answer"', () => {
    expect(DECLINED).toBe(PREFER_NOT_TO_ANSWER);
  });

  it('hold only valid answers to items that are visible', () => {
    for (const s of scripts) {
      const resolved = resolveAnswers(q, s.answers);
      expect(resolved.issues, `script ${s.id}`).toEqual([]);
      expect(resolved.hidden, `script ${s.id}`).toEqual([]);
      expect(Object.keys(resolved.answers).length).toBe(s.answerCount);
    }
  });

  it('are the same for the same seed and differ for another', () => {
    const again = answerScripts(q, { count: 20, seed: SEED, visibility: visibility(q) });
    expect(again).toEqual(scripts.slice(0, 20));
    const other = answerScripts(q, { count: 20, seed: SEED + 1, visibility: visibility(q) });
    expect(other.map((s) => s.answers)).not.toEqual(again.map((s) => s.answers));
  });

  it('take both sides of the intake’s branches, with safety answers rare', () => {
    const share = (test: (s: AnswerScript) => boolean) => scripts.filter(test).length / scripts.length;
    const has = (id: string) => (s: AnswerScript) => Object.hasOwn(s.answers, id);
    const value = (id: string, v: AnswerValue) => (s: AnswerScript) => s.answers[id] === v;
    const branches = {
      injects: share(has('substance.naloxone')),
      overdose: share(has('substance.overdose-count')),
      alcoholScreen: share(has('auditc.q1')),
      withdrawalSeverity: share(has('withdrawal.severity')),
      traumaItems: share(has('pcptsd5.q1')),
      asqFollowUp: share(has('asq.q5')),
      someDecline: share((s) => Object.values(s.answers).some((v) => v === DECLINED)),
      someSkip: share((s) => s.pages.some((p) => p.answers.length === 0 && p.section !== 'about')),
    };
    for (const [name, p] of Object.entries(branches)) {
      expect(p, name).toBeGreaterThan(0);
      expect(p, name).toBeLessThan(1);
    }
    expect(share(value('asq.q5', 'yes'))).toBeLessThan(0.05);
    expect(share((s) => (s.answers['phq9.q9'] as number) > 0)).toBeLessThan(0.25);
    expect(share(has('substance.used'))).toBeGreaterThan(0.9);
  });
});

describe('the survey-core twin of the substance-use intake', () => {
  it('shows the same items and gives the same PHQ-9 and GAD-7 totals for every finished answer set', () => {
    expect([...twin.scoreNameOf.keys()]).toEqual(['phq9', 'gad7']);
    // One model reused (setting `data` re-runs every condition); a fresh one per script is checked below.
    const survey = new Model(twin.json);
    for (const s of scripts) {
      survey.data = twin.toSurveyData(s.answers);
      expect(theirs(survey, twin), `script ${s.id}`).toEqual(ours(q, s.answers, ['phq9', 'gad7']));
    }
  }, 180_000);

  it('agrees on a fresh model per answer set, as the server re-check bench builds it', () => {
    for (const s of scripts.slice(0, 5)) {
      const survey = new Model(twin.json);
      survey.data = twin.toSurveyData(s.answers);
      survey.doComplete();
      expect(theirs(survey, twin)).toEqual(ours(q, s.answers, ['phq9', 'gad7']));
    }
  }, 60_000);

  it('agrees step by step with the running flow: visible items after each answer, the page after each NEXT, the totals at the end', () => {
    // Scripts that go through the rarer branches: injection, an ASQ follow-up, a declined substance question, no alcohol screen.
    const pick = (test: (s: AnswerScript) => boolean) => scripts.find(test) ?? scripts[0];
    const chosen = new Set([
      pick((s) => Object.hasOwn(s.answers, 'substance.naloxone')),
      pick((s) => Object.hasOwn(s.answers, 'asq.q5')),
      pick((s) => s.answers['substance.used'] === DECLINED),
      pick((s) => !Object.hasOwn(s.answers, 'auditc.sex')),
    ]);
    for (const s of chosen) {
      if (!s) continue;
      const actor = createActor(createIntakeMachine<Questionnaire>(q)).start();
      const survey = new Model(twin.json);
      const settle = () => {
        if (actor.getSnapshot().context.safety.pending.length > 0) actor.send({ type: 'ACKNOWLEDGE' });
      };
      s.pages.forEach((page, i) => {
        expect(describeIntake(q, actor.getSnapshot()).section?.id).toBe(page.section);
        expect(survey.currentPage.name).toBe(twin.pageOf.get(page.section));
        for (const [itemId, value] of page.answers) {
          actor.send({ type: 'ANSWER', itemId, value });
          expect(actor.getSnapshot().context.issues).toEqual([]);
          settle();
          survey.setValue(twin.nameOf.get(itemId) as string, twin.toSurveyValue(itemId, value));
          expect(theirs(survey, twin).visible).toEqual(ours(q, answersOf(actor.getSnapshot().context), []).visible);
        }
        actor.send({ type: 'NEXT' });
        expect(actor.getSnapshot().context.issues).toEqual([]);
        settle();
        if (i < s.pages.length - 1) expect(survey.nextPage()).toBe(true);
      });
      actor.send({ type: 'SUBMIT' });
      settle();
      if (actor.getSnapshot().status !== 'done') actor.send({ type: 'SUBMIT' });
      const done = actor.getSnapshot();
      expect(done.status).toBe('done');
      survey.doComplete();
      const totals = theirs(survey, twin).totals;
      for (const id of ['phq9', 'gad7']) expect(done.output?.instruments.find((r) => r.scoreId === id)?.score ?? null).toBe(totals[id]);
    }
  }, 180_000);
});

describe('the twin converter on every condition kind', () => {
  const t = toSurveyTwin(operatorsQuestionnaire, { scores: ['total', 'part'] });
  const items = allItems(operatorsQuestionnaire).filter((i): i is Exclude<Item, { kind: 'display' }> => i.kind !== 'display');

  function randomAnswers(seed: number): Answers {
    const r = seededRandom(seed);
    const out: Record<string, AnswerValue> = {};
    for (const item of items) {
      if (r.chance(0.25)) continue;
      if (item.preferNotToAnswer && r.chance(0.15)) {
        out[item.id] = DECLINED;
        continue;
      }
      switch (item.kind) {
        case 'single':
          out[item.id] = r.pick(item.options).value;
          break;
        case 'scale':
          out[item.id] = r.pick(item.options).value;
          break;
        case 'multi': {
          const plain = item.options.filter((o) => !o.exclusive).map((o) => o.value);
          out[item.id] = r.chance(0.25) ? ['none'] : plain.filter(() => r.chance(0.5));
          if ((out[item.id] as string[]).length === 0) out[item.id] = [r.pick(plain)];
          break;
        }
        case 'boolean':
          out[item.id] = r.chance(0.5);
          break;
        case 'number':
          out[item.id] = r.int(0, 10);
          break;
        default:
          out[item.id] = 'some text';
      }
    }
    return out;
  }

  it('writes conditions with the operators SurveyJS documents', () => {
    const expressions = t.json.pages.flatMap((p) => [p.visibleIf ?? '', ...p.elements.map((e) => e.visibleIf ?? '')]).join(' ');
    for (const op of [' contains ', ' notcontains ', ' anyof ', ' notempty', ' <> ', ' >= ', ' > ', ' < ', ' <= ', '!(']) expect(expressions).toContain(op);
  });

  it('agrees with our evaluation on visibility and scores for 400 random answer sets', () => {
    const survey = new Model(t.json);
    let shownSecond = 0;
    for (let n = 0; n < 400; n++) {
      const { answers } = resolveAnswers(operatorsQuestionnaire, randomAnswers(SEED + n));
      survey.data = t.toSurveyData(answers);
      const expected = ours(operatorsQuestionnaire, answers, ['total', 'part']);
      expect(theirs(survey, t), `answers ${JSON.stringify(answers)}`).toEqual(expected);
      if (expected.visible.includes('c3')) shownSecond++;
    }
    expect(shownSecond).toBeGreaterThan(50);
  });
});
