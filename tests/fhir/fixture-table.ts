import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Item } from '../../src/definition/item.js';
import type { Issue } from '../../src/issues/issue.js';
import { safeFromFhirQuestionnaire } from '../../src/fhir/index.js';
import { PUBLISHED, loadPublished } from './published.js';

/**
 * How a published form's own scoring compares with the library's, per fixture. `compared`: its
 * calculatedExpression total (`total`, a linkId) is run with fhirpath.js on random responses and must
 * equal the library's inferred score when that is complete; while the library's score is incomplete the
 * form gives nothing (`incomplete: 'empty'`) or the sum of what was answered (`'partial'`). Otherwise the
 * reason it cannot be compared, which tests/fhir/fixture-table.test.ts checks.
 */
export type FormScoring =
  | { readonly kind: 'compared'; readonly total: string; readonly incomplete: 'empty' | 'partial' }
  /** The form computes no total: no calculatedExpression at all, or only ones that are not a sum of answer weights. */
  | { readonly kind: 'none'; readonly why: string }
  /** The form computes a total that fhirpath.js cannot run offline. */
  | { readonly kind: 'cannot-run'; readonly total: string; readonly why: string };

export const SCORING: Readonly<Record<string, FormScoring>> = {
  'us-core/Questionnaire-phq-9-example.json': {
    kind: 'none',
    why: 'its total item has no expression (the example response states the total; published-fixtures.test.ts checks ours equals it)',
  },
  'us-core/Questionnaire-AUDIT-C.json': {
    kind: 'none',
    why: 'its total item has no expression (the example response states the total; published-fixtures.test.ts checks ours equals it)',
  },
  'us-core/Questionnaire-TAPS.json': { kind: 'none', why: 'no weights and no expressions' },
  'sdc/Questionnaire-CardiologyForm.json': { kind: 'none', why: 'its one calculatedExpression builds a referral text, not a score' },
  'sdc/questionnaire-sdc-profile-example-PHQ9.json': {
    kind: 'cannot-run',
    total: 'H1/TS',
    why: 'its total uses SDC `answers()`, which fhirpath.js 5.1.1 does not implement',
  },
  'sdc/questionnaire-sdc-profile-example-framingham-HCHD.json': { kind: 'none', why: 'it computes a risk equation, not a sum of answer weights' },
  'sdc/questionnaire-sdc-profile-example-hunger-vital-signs.json': { kind: 'none', why: 'it computes a coded risk flag, not a sum of answer weights' },
  'sdc/questionnaire-sdc-profile-example-weight-height.json': { kind: 'none', why: 'it computes a BMI, not a sum of answer weights' },
  'us-core/Questionnaire-exercise-vital-sign.json': { kind: 'none', why: 'no weights and no expressions' },
  'us-core/Questionnaire-hunger-vital-sign-example.json': { kind: 'none', why: 'no weights and no expressions' },
  'us-core/Questionnaire-prapare-example.json': { kind: 'none', why: 'weights on one question, no expressions' },
  'sdohcc/SDOHCC-Questionnaire-HungerVitalSign-1.json': { kind: 'none', why: 'it computes a coded risk flag, not a sum of answer weights' },
  'davinci-dtr/home-o2-questionnaire.json': { kind: 'none', why: 'its expressions are CQL (pre-fill from the record), no score' },
  'lhc-forms/apgar-with-itemWeight-variable.json': { kind: 'compared', total: '9272-6', incomplete: 'empty' },
  'lhc-forms/argonaut-phq9-ish.json': { kind: 'none', why: 'its hidden score item has no expression' },
  'lhc-forms/enableWhenExpressionTest.json': { kind: 'none', why: 'no weights; its expressions decide visibility only' },
  'lhc-forms/phq9.json': { kind: 'compared', total: '/44261-6', incomplete: 'partial' },
  'lhc-forms/q-with-contained-valueset-with-itemWeight.json': {
    kind: 'cannot-run',
    total: 'link-2',
    why: 'its total calls `weight()` on codes it can look up only in a contained expansion, which fhirpath.js 5.1.1 runs only asynchronously, against a terminology server',
  },
  'lhc-forms/q-with-contained-valueset.json': { kind: 'compared', total: 'link-2', incomplete: 'partial' },
  'lhc-forms/ussg-fhp.json': { kind: 'none', why: 'no weights and no scoring expressions' },
  'helsenorge/NHN_Testskjema_Skaaring-nb-NO.json': { kind: 'none', why: 'it scores by a Helsenorge item-code convention, with no FHIRPath' },
};

/** Rough kinds of what an import reports, for the table (each issue's message decides its kind). */
const KINDS: readonly [RegExp, string][] = [
  [/^Rendering-only extensions/, 'rendering-only extensions (grouped)'],
  [/calculated \(|read-only \(|hidden \(|the form's (total|section) score/, 'computed items left out'],
  [/No total is inferred/, 'no total inferred'],
  [/value set/, 'value sets not resolvable offline'],
  [/enableWhenExpression|asks it as question/, 'FHIRPath conditions'],
  [/enableWhen /, 'conditions left out'],
  [/StructureDefinition\/variable|cqf-expression|cqf-library|initialExpression|launchContext|assemble/, 'expressions and context'],
  [/nested inside another group|has items nested under it|repeats/, 'structure flattened'],
  [/is a .* question, which the library cannot ask|no answer options/, 'question types left out'],
  [/^Questionnaire\.|on the Questionnaire|copyright|codes apply|version|language/, 'form metadata'],
];

/** What a fixture imports as and what is reported, in a few words. */
export interface FixtureRow {
  readonly file: string;
  readonly imports: string;
  readonly reported: string;
  readonly scoring: string;
}

function kindsOf(issues: readonly Issue[]): string {
  const counts = new Map<string, number>();
  for (const i of issues) {
    const kind = KINDS.find(([test]) => test.test(i.message))?.[1] ?? 'other parts';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${kind} ${n}`).join('; ');
}

function scoringText(s: FormScoring | undefined): string {
  if (s === undefined) return '(not described)';
  if (s.kind === 'compared') return `**agrees** with fhirpath.js on random responses (total \`${s.total}\`)`;
  if (s.kind === 'cannot-run') return `not comparable offline: ${s.why}`;
  return `nothing to compare: ${s.why}`;
}

/** One row per published fixture: import outcome, issues by kind, scoring comparison. */
export function fixtureRows(): FixtureRow[] {
  return PUBLISHED.map((f) => {
    const result = safeFromFhirQuestionnaire(loadPublished(f.file));
    if (!result.success) return { file: f.file, imports: `refused: ${result.issues[0]?.message ?? ''}`, reported: '', scoring: scoringText(SCORING[f.file]) };
    const { questionnaire, issues } = result.data;
    const items = questionnaire.sections.flatMap((s) => s.items as Item[]).filter((i) => i.kind !== 'display');
    const kinds = new Map<string, number>();
    for (const i of items) kinds.set(i.kind, (kinds.get(i.kind) ?? 0) + 1);
    const scores = (questionnaire.scores ?? []).map((s) => `\`${s.id}\` (${s.items.length} items)`);
    const imports = `${items.length} questions (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})${scores.length > 0 ? `; total ${scores.join(', ')}` : '; no total'}`;
    return { file: f.file, imports, reported: `${issues.length}: ${kindsOf(issues)}`, scoring: scoringText(SCORING[f.file]) };
  });
}

export const TABLE_FILE = path.resolve(import.meta.dirname, '../../docs/form-schemas-and-fhir.md');
export const START = '<!-- published-forms:start (generated by tests/fhir/write-fixture-table.ts; do not edit) -->';
export const END = '<!-- published-forms:end -->';

/** The table as Markdown. */
export function fixtureTable(): string {
  const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const lines = ['| fixture | publisher, licence | imports as | reported (issues by kind) | own scoring vs the library |', '|---|---|---|---|---|'];
  const rows = fixtureRows();
  PUBLISHED.forEach((f, k) => {
    const r = rows[k] as FixtureRow;
    lines.push(`| [\`${f.file}\`](${f.source}) | ${cell(f.publisher)}, ${cell(f.licence)} | ${cell(r.imports)} | ${cell(r.reported)} | ${cell(r.scoring)} |`);
  });
  return lines.join('\n');
}

/** The page with the table between its markers replaced by a fresh one. */
export function withFreshTable(page: string): string {
  const a = page.indexOf(START);
  const b = page.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/form-schemas-and-fhir.md lacks the ${START} … ${END} markers`);
  return `${page.slice(0, a + START.length)}\n${fixtureTable()}\n${page.slice(b)}`;
}

/** Rewrite the table in docs/form-schemas-and-fhir.md. */
export function writeFixtureTable(): void {
  writeFileSync(TABLE_FILE, withFreshTable(readFileSync(TABLE_FILE, 'utf8')));
}
