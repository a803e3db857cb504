import * as z from 'zod';
import { IdSchema } from './item.js';
import { RuleSchema, SafetyTriggerSchema } from './rule.js';
import { ScoreSchema } from './score.js';
import { SectionSchema } from './section.js';
import { LocalizedTextSchema } from './text.js';

/** Semantic version: `MAJOR.MINOR.PATCH`. */
export const SEMVER = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

/**
 * The whole definition, as one zod schema. Everything else derives from it.
 * It checks shape only; `parseQuestionnaire` adds the static checks.
 *
 * @example
 * ```ts
 * import { QuestionnaireSchema } from 'intake-screening';
 * QuestionnaireSchema.safeParse({ id: 'x' }).success; // false
 * ```
 */
export const QuestionnaireSchema = z.strictObject({
  id: IdSchema,
  /** Semantic version. Snapshots resume across minor versions, not major ones. */
  version: z.string().regex(SEMVER, 'Ensure that version is a semantic version such as "1.0.0".'),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  /** Canonical URL, used as the FHIR Questionnaire url. */
  url: z.url().optional(),
  status: z.enum(['draft', 'active', 'retired']).optional(),
  publisher: z.string().max(300).optional(),
  /** Locales the definition promises to cover fully (English is always covered). */
  locales: z.array(z.string().max(20)).max(50).optional(),
  sections: z.array(SectionSchema).min(1).max(200),
  scores: z.array(ScoreSchema).max(200).optional(),
  rules: z.array(RuleSchema).max(2000).optional(),
  safety: z.array(SafetyTriggerSchema).max(100).optional(),
  /** Shown whenever a safety trigger fires. Clinics should set their own. */
  crisisResources: LocalizedTextSchema.optional(),
});

/**
 * A questionnaire definition, as plain JSON-serializable data.
 *
 * @example
 * ```ts
 * import type { QuestionnaireDefinition } from 'intake-screening';
 * const json: QuestionnaireDefinition = {
 *   id: 'tiny', version: '1.0.0', title: { en: 'Tiny' },
 *   sections: [{ id: 's', title: { en: 'S' }, instrument: { kind: 'descriptive', name: 'S' },
 *     items: [{ id: 's.ok', kind: 'boolean', text: { en: 'OK?' } }] }],
 * };
 * ```
 */
export type QuestionnaireDefinition = z.infer<typeof QuestionnaireSchema>;
