import { intro, log, note } from '@clack/prompts';
import { CLINICIAN_RATED, raterOf } from '../../definition/instrument.js';
import { localize as localizeRaw } from '../../definition/text.js';
import { terminalText } from '../../summary/safe-text.js';
import type { ItemsOf, Questionnaire } from '../../definition/types.js';
import type { IntakeMachine } from '../../flow/create-intake-machine.js';
import { answersOf } from '../../flow/answers-of.js';
import type { IntakeEvent } from '../../flow/intake-context.js';
import { type IntakeSnapshot, stepIntake } from '../../flow/intake-transition.js';
import { describeIntake, type IntakeView } from '../../flow/intake-view.js';
import { formatIssue } from '../../locale/format-issue.js';
import type { Issue } from '../../issues/issue.js';
import { SUMMARY_PHRASES } from '../../summary/phrases.js';
import { askItem } from './ask-item.js';
import { ForwardProgress, visibleQuestions } from './progress.js';
import { CANCELLED, choose, GO_BACK, type PromptChoice } from './prompts.js';
import { ui } from './ui-text.js';

/** Definition texts reach the terminal with nothing it would act on (see terminalText). */
const localize: typeof localizeRaw = (text, locale) => terminalText(localizeRaw(text, locale));

type Item = ItemsOf<Questionnaire>;

/**
 * A running interactive intake. `snapshot` is updated after every event, so a
 * signal handler can save the latest one at any moment.
 */
export interface InteractiveSession {
  readonly q: Questionnaire;
  readonly machine: IntakeMachine;
  readonly locale: string;
  snapshot: IntakeSnapshot;
}

/** Where to stand on entering a section: its first item, its last question, or a given item. */
type Entry = { readonly at: 'start' } | { readonly at: 'end' } | { readonly at: 'item'; readonly id: string };

const isQuestion = (item: Item) => item.kind !== 'display';

/** Wrap a paragraph to the terminal, leaving room for clack's guide bar. */
function wrap(text: string): string {
  const width = Math.max(20, Math.min(100, (process.stdout.columns || 80) - 6));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** Index of the last question before `pos` (-1 when there is none). */
function previousQuestion(items: readonly Item[], pos: number): number {
  for (let i = Math.min(pos, items.length) - 1; i >= 0; i--) if (isQuestion(items[i] as Item)) return i;
  return -1;
}

function sectionHeader(view: IntakeView, locale: string): void {
  const { section } = view;
  if (!section) return;
  log.step(localize(section.title, locale));
  // A clinician rates these items; whoever holds the keyboard must not take them for the person's self-report.
  if (raterOf(section.instrument) === 'clinician') log.warn(wrap(localize(CLINICIAN_RATED, locale)));
  if (section.description) log.message(wrap(localize(section.description, locale)));
}

/** A list of actions (not answers): like a question, nothing is chosen until the person moves to a line. */
function chooseAction(message: string, choices: readonly PromptChoice[], locale: string, canGoBack: boolean) {
  const footer = [ui('selectKeys', locale), ...(canGoBack ? [ui('backKey', locale)] : [])].join(' · ');
  return choose(choices, undefined, { message, footer, canGoBack, chooseFirst: ui('chooseFirst', locale) });
}

async function acknowledge(view: IntakeView, locale: string): Promise<boolean> {
  note(localize(view.crisisResources ?? SUMMARY_PHRASES.defaultCrisisResources, locale), ui('crisisTitle', locale));
  const picked = await chooseAction(ui('acknowledgePrompt', locale), [{ key: 'ack', label: ui('acknowledge', locale) }], locale, false);
  return picked === 'ack';
}

/** Say so when an answer opened follow-up questions, so the progress that stands still is explained. */
function noteFollowUps(added: number, locale: string): void {
  if (added > 0) log.info(ui(added === 1 ? 'followUp' : 'followUps', locale, { n: added }));
}

/**
 * Run an intake in the terminal, one question at a time: section headers,
 * progress that only moves forward (and a note when follow-up questions
 * appear), `<` to go back everywhere but the first question, no answer chosen
 * before the person chooses one, "Prefer not to answer" where offered, the crisis resources the moment the flow enters its safety
 * state (the person acknowledges before going on), the flow's validation
 * issues in plain words, and a review step before submitting.
 *
 * @param session - The questionnaire, its machine, the locale and the snapshot to start from (updated as it runs).
 * @returns `completed` after SUBMIT, or `cancelled` when the person pressed Ctrl-C or Escape.
 * @example
 * ```ts
 * const session = { q, machine, locale: 'es', snapshot: initialIntakeSnapshot(machine, { locale: 'es' }) };
 * if ((await runInteractive(session)) === 'completed') writeOut(formatSummary(flowOutput(session.snapshot), output));
 * ```
 */
export async function runInteractive(session: InteractiveSession): Promise<'completed' | 'cancelled'> {
  const { q, machine, locale } = session;
  const send = (event: IntakeEvent): readonly Issue[] => {
    session.snapshot = stepIntake(machine, session.snapshot, event);
    return session.snapshot.context.issues;
  };
  // The person reads the issue's own wording for people: built from its details, it never repeats their answer.
  const warn = (issue: Issue) => log.warn(terminalText(formatIssue(issue, { locale })));
  // Walk back to the section holding `id`, so a required question missed earlier can be answered.
  const goTo = (id: string): Entry => {
    const target = q.sections.findIndex((s) => s.items.some((i) => i.id === id));
    while (session.snapshot.context.cursor > target && send({ type: 'BACK' }).length === 0);
    return { at: 'item', id };
  };

  // Going back stops at the first section that asks anything; before it there is nothing to change.
  const firstAsking = q.sections.findIndex((s) => s.items.some(isQuestion));
  intro(localize(q.title, locale));
  const progress = new ForwardProgress();
  let shown = -1;
  let pos = 0;
  let entry: Entry = { at: 'start' };
  for (;;) {
    const view = describeIntake(q, session.snapshot);
    const { context } = session.snapshot;
    if (view.status === 'completed') return 'completed';
    if (view.status === 'safety') {
      if (!(await acknowledge(view, locale))) return 'cancelled';
      send({ type: 'ACKNOWLEDGE' });
      continue;
    }
    if (view.status === 'review') {
      shown = -1;
      const picked = await chooseAction(
        ui('review', locale),
        [
          { key: 'submit', label: ui('submit', locale) },
          { key: 'back', label: ui('change', locale) },
        ],
        locale,
        true,
      );
      if (picked === CANCELLED) return 'cancelled';
      if (picked === 'back' || picked === GO_BACK) {
        send({ type: 'BACK' });
        entry = { at: 'end' };
        continue;
      }
      const missing = send({ type: 'SUBMIT' }).find((i) => i.code === 'required' && i.itemId !== undefined);
      if (missing?.itemId !== undefined) {
        log.warn(ui('needsAnswerElsewhere', locale));
        entry = goTo(missing.itemId);
      }
      continue;
    }

    if (context.cursor !== shown) {
      shown = context.cursor;
      sectionHeader(view, locale);
      const target = entry;
      entry = { at: 'start' };
      pos =
        target.at === 'end'
          ? previousQuestion(view.items, view.items.length)
          : target.at === 'item'
            ? Math.max(
                0,
                view.items.findIndex((i) => i.id === target.id),
              )
            : 0;
      if (pos < 0) {
        // A section with nothing to answer: keep going back past it when possible.
        if (context.cursor > firstAsking && send({ type: 'BACK' }).length === 0) {
          entry = { at: 'end' };
          continue;
        }
        pos = 0;
      }
    }

    if (pos >= view.items.length) {
      const issues = send({ type: 'NEXT' });
      const first = issues[0];
      if (first) {
        warn(first);
        // Back to the question that needs an answer (or the section's start), so the person can act on it.
        pos = Math.max(
          0,
          view.items.findIndex((i) => i.id === first.itemId),
        );
      }
      continue;
    }
    const item = view.items[pos] as Item;
    if (item.kind === 'display') {
      log.message(wrap(localize(item.text, locale)));
      pos += 1;
      continue;
    }
    const earlier = previousQuestion(view.items, pos);
    const questions = visibleQuestions(q, context.answerEntries);
    const answers = answersOf(context);
    const action = await askItem(item, {
      locale,
      heading: ui('progress', locale, { pct: progress.at(questions, item.id) }),
      current: answers[item.id],
      canGoBack: earlier >= 0 || context.cursor > firstAsking,
    });
    if (action.kind === 'cancel') return 'cancelled';
    if (action.kind === 'back') {
      if (earlier >= 0) pos = earlier;
      else if (send({ type: 'BACK' }).length === 0) entry = { at: 'end' };
      else log.info(ui('firstQuestion', locale));
      continue;
    }
    if (action.value === null && !Object.hasOwn(answers, item.id)) {
      pos += 1;
      continue;
    }
    const problem = send({ type: 'ANSWER', itemId: item.id, value: action.value })[0];
    if (problem) warn(problem);
    else {
      noteFollowUps(visibleQuestions(q, session.snapshot.context.answerEntries).length - questions.length, locale);
      pos += 1;
    }
  }
}
