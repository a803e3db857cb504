import type { Model as SurveyModel } from 'survey-core';
import { createActor } from 'xstate';
import type * as LibModule from '../../src/index.js';
import type { Answers, QuestionnaireInput } from '../../src/definition/types.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import type { AnswerScript } from '../scripts/answer-scripts.js';
import type { SurveyTwin } from '../twin/to-survey-json.js';

/** The library as the bench loads it (the built `dist/index.js`). */
export type Lib = typeof LibModule;
/** survey-core's `Model` constructor. */
export type ModelClass = typeof SurveyModel;

/** A script prepared for both libraries before any timing starts. */
export interface PreparedScript {
  readonly script: AnswerScript;
  /** Our ANSWER events, one list per shown section. */
  readonly events: readonly (readonly IntakeEvent[])[];
  /** SurveyJS `[name, value]` pairs, one list per page. */
  readonly values: readonly (readonly (readonly [string, unknown])[])[];
  /** The finished answers, ours and as SurveyJS data. */
  readonly answers: Answers;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A finished answer set as a server receives it: parsed from a JSON request body. */
const asReceived = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Turn a script into ready-made events and SurveyJS values, so no timing
 * includes the translation. The finished answers (ours and SurveyJS's) are
 * parsed JSON, as a server re-check gets them: the script builder adds keys
 * one at a time, which leaves V8 a slow dictionary-mode object no request
 * body would be.
 */
export function prepare(script: AnswerScript, twin: SurveyTwin): PreparedScript {
  return {
    script,
    events: script.pages.map((p) => p.answers.map(([itemId, value]) => ({ type: 'ANSWER', itemId, value }) as const)),
    values: script.pages.map((p) => p.answers.map(([id, value]) => [twin.nameOf.get(id) as string, twin.toSurveyValue(id, value)] as const)),
    answers: asReceived(script.answers),
    data: asReceived(twin.toSurveyData(script.answers)),
  };
}

/** Our NEXT event, one object for every call. */
export const NEXT = { type: 'NEXT' } as const;
const SUBMIT = { type: 'SUBMIT' } as const;
const ACKNOWLEDGE = { type: 'ACKNOWLEDGE' } as const;

/** A running intake flow of ours. */
export type IntakeActor = ReturnType<typeof startIntake>;

/** Start one intake flow of ours, as a clinic app does per person. */
export function startIntake(lib: Lib, q: QuestionnaireInput) {
  return createActor(lib.createIntakeMachine(q)).start();
}

/** The person has seen the crisis resources: acknowledge a pending safety interrupt. */
export function settle(actor: IntakeActor) {
  let s = actor.getSnapshot();
  if (s.context.safety.pending.length > 0) {
    actor.send(ACKNOWLEDGE);
    s = actor.getSnapshot();
  }
  return s;
}

function finish(actor: IntakeActor) {
  for (let i = 0; i < 3 && actor.getSnapshot().status !== 'done'; i++) {
    actor.send(SUBMIT);
    settle(actor);
  }
  const s = actor.getSnapshot();
  if (s.status !== 'done' || s.output === undefined) throw new Error(`Intake did not finish: ${JSON.stringify(s.context.issues.map((i) => i.code))}`);
  return s.output;
}

/**
 * One interactive intake with our library: start the flow, answer one item at
 * a time reading the view after each event, NEXT at section ends, SUBMIT, and
 * take the referral summary. Returns a number derived from every view so
 * nothing can be optimized away.
 */
export function ourIntake(lib: Lib, q: QuestionnaireInput, p: PreparedScript): number {
  const actor = startIntake(lib, q);
  let sink = lib.describeIntake(q, actor.getSnapshot()).items.length;
  for (const events of p.events) {
    for (const e of events) {
      actor.send(e);
      sink += lib.describeIntake(q, settle(actor)).items.length;
    }
    actor.send(NEXT);
    sink += lib.describeIntake(q, settle(actor)).items.length;
  }
  return sink + finish(actor).instruments.length;
}

/**
 * The same intake in survey-core: `new Model`, `setValue` then the visible
 * questions after each answer, `nextPage()` at page ends (it validates the
 * page, as our NEXT does), `doComplete()`, then read the totals.
 */
export function surveyIntake(Model: ModelClass, twin: SurveyTwin, p: PreparedScript): number {
  const survey = new Model(twin.json);
  let sink = survey.getAllQuestions(true).length;
  const last = p.values.length - 1;
  p.values.forEach((values, page) => {
    for (const [name, value] of values) {
      survey.setValue(name, value);
      sink += survey.getAllQuestions(true).length;
    }
    if (page < last) {
      if (!survey.nextPage()) throw new Error(`survey-core refused nextPage on page ${survey.currentPage?.name}`);
      sink += survey.getAllQuestions(true).length;
    }
  });
  survey.doComplete();
  for (const name of twin.scoreNameOf.values()) sink += Number(survey.getVariable(name)) || 0;
  return sink;
}

/** Server re-check with our library: validate, score and summarize a finished answer set. */
export function ourRecheck(lib: Lib, q: QuestionnaireInput, p: PreparedScript): number {
  return lib.summarize(q, p.answers).instruments.length;
}

/**
 * Server re-check with survey-core as a server would run it: one `Model` kept
 * for every answer set, `clear(true, true)` then `data = answers`,
 * `doComplete()`, read the totals. This is the fair comparison (issue 19): the
 * definition is parsed once, as our `summarize` reads an index built once.
 */
export function surveyRecheckReused(survey: SurveyModel, twin: SurveyTwin, p: PreparedScript): number {
  survey.clear(true, true);
  survey.data = p.data;
  survey.doComplete();
  let sink = 0;
  for (const name of twin.scoreNameOf.values()) sink += Number(survey.getVariable(name)) || 0;
  return sink;
}

/** Server re-check with survey-core: load the answers into a fresh model, complete it, read the totals. */
export function surveyRecheck(Model: ModelClass, twin: SurveyTwin, p: PreparedScript): number {
  const survey = new Model(twin.json);
  survey.data = p.data;
  survey.doComplete();
  let sink = 0;
  for (const name of twin.scoreNameOf.values()) sink += Number(survey.getVariable(name)) || 0;
  return sink;
}
