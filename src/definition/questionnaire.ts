import * as z from 'zod/mini';
import { IdSchema } from './item.js';
import { RuleSchema, SafetyTriggerSchema } from './rule.js';
import { ScoreSchema } from './score.js';
import { SectionSchema } from './section.js';
import { LocalizedTextSchema } from './text.js';

/** Semantic version: `MAJOR.MINOR.PATCH`. */
export const SEMVER = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

/** Most sections a questionnaire may have. */
export const MAX_SECTIONS = 200;

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
  version: z.string().check(z.regex(SEMVER, 'Ensure that version is a semantic version such as "1.0.0".')),
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  /** Canonical URL, used as the FHIR Questionnaire url. */
  url: z.optional(z.url()),
  status: z.optional(z.enum(['draft', 'active', 'retired'])),
  publisher: z.optional(z.string().check(z.maxLength(300))),
  /** Locales the definition promises to cover fully (English is always covered). */
  locales: z.optional(z.array(z.string().check(z.maxLength(20))).check(z.maxLength(50))),
  sections: z.array(SectionSchema).check(z.minLength(1), z.maxLength(MAX_SECTIONS)),
  scores: z.optional(z.array(ScoreSchema).check(z.maxLength(200))),
  rules: z.optional(z.array(RuleSchema).check(z.maxLength(2000))),
  safety: z.optional(z.array(SafetyTriggerSchema).check(z.maxLength(100))),
  /** Shown whenever a safety trigger fires. Clinics should set their own. */
  crisisResources: z.optional(LocalizedTextSchema),
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
