import type { QuestionnaireInput } from '../../src/definition/types.js';
import type { SurveyTwin } from '../twin/to-survey-json.js';
import { type IntakeActor, type Lib, type ModelClass, NEXT, type PreparedScript, settle, startIntake } from './drivers.js';

/** One answer, ready to send: calling it is the one transition the bench times. */
export type Step = () => unknown;

/** Hands out the answers of a list of scripts one at a time, each in a running intake (`L`: our actor or a survey-core model). */
export interface StepWalker<L = unknown> {
  /** The next answer; everything before it (starting the intake, NEXT, acknowledging a safety interrupt) is done here, untimed. */
  next(): Step;
  /** Answers handed out so far. */
  readonly given: number;
  /** Answers in all the scripts. */
  readonly total: number;
  /** The intake the last answer went to. */
  readonly live: L | undefined;
}

/** Where a walk stands: script k, page i, answer j. */
interface Cursor {
  k: number;
  page: number;
  answer: number;
}

/**
 * Walk every answer of `scripts` in order. `enter(script)` starts a fresh
 * intake; `turnPage()` moves to the next page; `step(k, page, answer)` makes
 * the timed call for one answer.
 */
function walker<L>(
  counts: readonly (readonly number[])[],
  hooks: { enter(k: number): void; turnPage(): void; afterStep(): void; step(k: number, page: number, answer: number): Step; live(): L | undefined },
): StepWalker<L> {
  const total = counts.reduce((sum, pages) => sum + pages.reduce((s, n) => s + n, 0), 0);
  const at: Cursor = { k: -1, page: 0, answer: 0 };
  let given = 0;
  return {
    get given() {
      return given;
    },
    total,
    get live() {
      return hooks.live();
    },
    next() {
      if (given >= total) throw new Error(`All ${total} answers were already handed out.`);
      if (at.k >= 0) hooks.afterStep();
      if (at.k < 0) {
        at.k = 0;
        hooks.enter(0);
      } else {
        at.answer++;
      }
      // Skip to the next page (and script) holding an answer; pages without one are turned over untimed.
      for (;;) {
        const pages = counts[at.k] as readonly number[];
        if (at.answer < (pages[at.page] ?? 0)) break;
        if (at.page < pages.length - 1) {
          at.page++;
          at.answer = 0;
          hooks.turnPage();
          continue;
        }
        at.k++;
        at.page = 0;
        at.answer = 0;
        hooks.enter(at.k);
      }
      given++;
      return hooks.step(at.k, at.page, at.answer);
    },
  };
}

/**
 * Our side of the one-transition measure: each step is one `ANSWER` event
 * sent to a running flow (`actor.send`). Starting the flow, NEXT at page ends
 * and acknowledging a safety interrupt happen between steps, untimed.
 *
 * @param lib - The built library.
 * @param q - The questionnaire.
 * @param scripts - Scripts to walk, in order.
 * @returns A walker over every answer.
 */
export function ourSteps(lib: Lib, q: QuestionnaireInput, scripts: readonly PreparedScript[]): StepWalker<IntakeActor> {
  let actor: IntakeActor | undefined;
  return walker(
    scripts.map((p) => p.events.map((page) => page.length)),
    {
      enter() {
        actor?.stop();
        actor = startIntake(lib, q);
      },
      turnPage() {
        (actor as IntakeActor).send(NEXT);
        settle(actor as IntakeActor);
      },
      afterStep() {
        settle(actor as IntakeActor);
      },
      live: () => actor,
      step(k, page, answer) {
        const running = actor as IntakeActor;
        const event = (scripts[k] as PreparedScript).events[page]?.[answer];
        if (event === undefined) throw new Error(`Script ${k} has no answer ${page}.${answer}.`);
        return () => running.send(event);
      },
    },
  );
}

/**
 * survey-core's side: each step is one `setValue` on a live model. `new
 * Model` and `nextPage()` happen between steps, untimed.
 *
 * @param Model - survey-core's Model.
 * @param twin - The survey-core twin.
 * @param scripts - Scripts to walk, in order.
 * @returns A walker over every answer.
 */
export function surveySteps(Model: ModelClass, twin: SurveyTwin, scripts: readonly PreparedScript[]): StepWalker<InstanceType<ModelClass>> {
  let survey: InstanceType<ModelClass> | undefined;
  return walker(
    scripts.map((p) => p.values.map((page) => page.length)),
    {
      enter() {
        survey = new Model(twin.json);
      },
      turnPage() {
        if (!(survey as InstanceType<ModelClass>).nextPage()) throw new Error('survey-core refused nextPage.');
      },
      afterStep() {},
      live: () => survey,
      step(k, page, answer) {
        const live = survey as InstanceType<ModelClass>;
        const value = (scripts[k] as PreparedScript).values[page]?.[answer];
        if (value === undefined) throw new Error(`Script ${k} has no answer ${page}.${answer}.`);
        const [name, v] = value;
        return () => live.setValue(name, v);
      },
    },
  );
}
