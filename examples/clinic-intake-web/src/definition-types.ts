import type { Questionnaire } from 'intake-screening';

// A defined questionnaire is deeply readonly; the exported `Item` and `Section`
// types are not, so parts read from `q.sections` are typed from the questionnaire.

/** A section as a defined questionnaire holds it. */
export type DefinedSection = Questionnaire['sections'][number];
/** An item as a defined questionnaire holds it. */
export type DefinedItem = DefinedSection['items'][number];
/** An item that takes an answer. */
export type DefinedAnswerable = Exclude<DefinedItem, { kind: 'display' }>;
/** The item kinds. */
export type DefinedKind = DefinedItem['kind'];
