import type { Item } from '../../src/definition/item.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import type { SurveyTwin } from '../twin/to-survey-json.js';
import type { Lib, ModelClass, PreparedScript } from './drivers.js';

/** One way the twin differed from the library on one script. */
export interface TwinMismatch {
  readonly script: number;
  readonly what: 'visible items' | 'score';
  readonly detail: string;
}

/**
 * Before any timing: for every script, survey-core must show the same items
 * as our evaluation of the finished answers and give the same totals as our
 * referral summary, both in a fresh model (`data`, `doComplete`) and in the one
 * model the re-check measure reuses (`clear(true, true)`, then the same). tests/bench/twin.test.ts checks the same step
 * by step through the running flow.
 *
 * @param lib - The built library.
 * @param Model - survey-core's Model.
 * @param q - The questionnaire.
 * @param twin - Its survey-core twin.
 * @param scripts - Every script the bench will time.
 * @returns The mismatches; empty when the two agree on every script.
 */
export function checkTwin(lib: Lib, Model: ModelClass, q: QuestionnaireInput, twin: SurveyTwin, scripts: readonly PreparedScript[]): TwinMismatch[] {
  const items = q.sections.flatMap((s) => s.items as readonly Item[]);
  const out: TwinMismatch[] = [];
  // The re-check measure reuses one model (clear, then data): it must give the totals a fresh one gives.
  const reused = new Model(twin.json);
  for (const p of scripts) {
    const { evaluation } = lib.resolveAnswers(q, p.answers);
    const mine = items.filter((i) => evaluation.visible(i.id)).map((i) => i.id);
    const survey = new Model(twin.json);
    survey.data = p.data;
    const theirs = survey.getAllQuestions(true).map((question) => twin.itemOf.get(question.name) ?? `?${question.name}`);
    if (mine.join() !== theirs.join()) {
      const missing = mine.filter((id) => !theirs.includes(id));
      const extra = theirs.filter((id) => !mine.includes(id));
      out.push({ script: p.script.id, what: 'visible items', detail: `only ours: ${missing.join(', ') || '-'}; only survey-core: ${extra.join(', ') || '-'}` });
    }
    survey.doComplete();
    const summary = lib.summarize(q, p.answers);
    for (const [scoreId, name] of twin.scoreNameOf) {
      const ours = summary.instruments.find((i) => i.scoreId === scoreId)?.score ?? null;
      const raw: unknown = survey.getVariable(name);
      const theirsScore = typeof raw === 'number' ? raw : null;
      if (ours !== theirsScore) out.push({ script: p.script.id, what: 'score', detail: `${scoreId}: ${ours} here, ${theirsScore} in survey-core` });
    }
    reused.clear(true, true);
    reused.data = p.data;
    const reusedItems = reused.getAllQuestions(true).map((question) => twin.itemOf.get(question.name) ?? `?${question.name}`);
    if (reusedItems.join() !== theirs.join())
      out.push({ script: p.script.id, what: 'visible items', detail: 'the reused model shows other items than a fresh one' });
    reused.doComplete();
    for (const [scoreId, name] of twin.scoreNameOf) {
      const fresh: unknown = survey.getVariable(name);
      const again: unknown = reused.getVariable(name);
      if (fresh !== again)
        out.push({ script: p.script.id, what: 'score', detail: `${scoreId}: ${String(fresh)} in a fresh model, ${String(again)} in the reused one` });
    }
  }
  return out;
}
