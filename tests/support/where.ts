import type { QuestionnaireInput } from '../../src/definition/types.js';

/**
 * Where a flow stands, with the section: `{ answering: <section id> }` while
 * answering (the machine's state value is `answering` and the section is the
 * context's cursor), else the state value (`safety`, `review`, `completed`).
 */
export function where(snapshot: { readonly value: unknown; readonly context: { readonly cursor: number } }, q: QuestionnaireInput): unknown {
  return snapshot.value === 'answering' ? { answering: q.sections[snapshot.context.cursor]?.id } : snapshot.value;
}
