import * as z from 'zod/mini';
import type { DeepReadonly } from './deep-readonly.js';
import { ConditionSchema } from '../conditions/condition.js';
import { AsamDimensionSchema } from './asam-dimension.js';
import { IdSchema } from './item.js';
import { LocalizedTextSchema } from './text.js';

/**
 * How soon a person should be seen, most urgent first.
 *
 * @example
 * ```ts
 * import { URGENCIES, type Urgency } from 'intake-screening';
 * const moreUrgent = (a: Urgency, b: Urgency) => URGENCIES.indexOf(a) < URGENCIES.indexOf(b);
 * moreUrgent('urgent', 'priority'); // true
 * ```
 */
export const URGENCIES = ['emergency', 'urgent', 'priority', 'routine'] as const;
export const UrgencySchema = z.enum(URGENCIES);
/**
 * `emergency` | `urgent` | `priority` | `routine`.
 *
 * @example
 * ```ts
 * import type { Urgency } from 'intake-screening';
 * const u: Urgency = 'urgent';
 * ```
 */
export type Urgency = z.infer<typeof UrgencySchema>;

/**
 * The summary's finding groups. Screens, reported history and current concerns are kept apart.
 *
 * @example
 * ```ts
 * import { DOMAINS } from 'intake-screening';
 * DOMAINS[0]; // 'safety'
 * ```
 */
export const DOMAINS = [
  'safety',
  'withdrawal-medical',
  'substance-use',
  'co-occurring-screens',
  'co-occurring-history',
  'co-occurring-concerns',
  'motivations',
  'readiness-preferences',
  'return-to-use-risk',
  'recovery-environment',
  'consequences',
  'screening-scope',
] as const;
export const DomainSchema = z.enum(DOMAINS);
/**
 * A finding's domain.
 *
 * @example
 * ```ts
 * import type { Domain } from 'intake-screening';
 * const domain: Domain = 'recovery-environment';
 * ```
 */
export type Domain = z.infer<typeof DomainSchema>;

/**
 * Referral types a rule can suggest. The summary's phrase table words each.
 *
 * @example
 * ```ts
 * import { REFERRAL_TYPES } from 'intake-screening';
 * REFERRAL_TYPES.includes('moud-evaluation'); // true
 * ```
 */
export const REFERRAL_TYPES = [
  'crisis-services',
  'medical-detox-evaluation',
  'medical-care',
  'moud-evaluation',
  'mental-health-assessment',
  'trauma-informed-care',
  'eating-concerns-assessment',
  'harm-reduction-naloxone',
  'pain-management-coordination',
  'grief-support',
  'individual-therapy',
  'group-therapy',
  'family-therapy',
  'peer-support',
  'housing-support',
  'transport-assistance',
  'legal-support',
  'employment-support',
  'alcohol-use-assessment',
  'prenatal-care-coordination',
  'adolescent-services',
  'safety-support-services',
  'financial-support',
  'child-welfare-coordination',
] as const;
export const ReferralTypeSchema = z.enum(REFERRAL_TYPES);
/**
 * A suggested referral type.
 *
 * @example
 * ```ts
 * import type { ReferralType } from 'intake-screening';
 * const naloxone: ReferralType = 'harm-reduction-naloxone';
 * ```
 */
export type ReferralType = z.infer<typeof ReferralTypeSchema>;

/**
 * Residential-care indicators. The summary lists them; it never decides a level of care.
 *
 * @example
 * ```ts
 * import { SETTING_INDICATORS } from 'intake-screening';
 * SETTING_INDICATORS; // ['no-home-support', 'serious-mental-health-concerns', 'no-transport', 'no-stable-housing']
 * ```
 */
export const SETTING_INDICATORS = ['no-home-support', 'serious-mental-health-concerns', 'no-transport', 'no-stable-housing'] as const;
export const SettingIndicatorSchema = z.enum(SETTING_INDICATORS);
/**
 * A residential-care indicator.
 *
 * @example
 * ```ts
 * import type { SettingIndicator } from 'intake-screening';
 * const indicator: SettingIndicator = 'no-transport';
 * ```
 */
export type SettingIndicator = z.infer<typeof SettingIndicatorSchema>;

/**
 * A summary rule: when `when` holds, the summary gets a finding in `domain`,
 * with the answers behind `when` (and any `evidence` items) as its evidence,
 * and optionally raises urgency, suggests referrals or notes a setting indicator.
 */
export const RuleSchema = z.strictObject({
  id: IdSchema,
  when: ConditionSchema,
  domain: DomainSchema,
  /** What the person reported, in neutral, person-first words. Never a diagnosis. */
  finding: LocalizedTextSchema,
  /** What it may mean for treatment planning. */
  planning: z.optional(LocalizedTextSchema),
  urgency: z.optional(UrgencySchema),
  referrals: z.optional(z.array(ReferralTypeSchema).check(z.maxLength(10))),
  setting: z.optional(SettingIndicatorSchema),
  /**
   * The ASAM dimensions the finding informs, when the domain's default
   * (`DOMAIN_ASAM`) is not precise enough. Names a dimension, never rates it.
   */
  asam: z.optional(z.array(AsamDimensionSchema).check(z.minLength(1), z.maxLength(6))),
  /** Extra item ids to cite as evidence, beyond those the condition reads. */
  evidence: z.optional(z.array(IdSchema).check(z.maxLength(50))),
});

/**
 * A declarative summary rule.
 *
 * @example
 * ```ts
 * import type { Rule } from 'intake-screening';
 * const grief: Rule = {
 *   id: 'motivation.grief',
 *   when: { item: 'motivation.reasons', includes: 'grief' },
 *   domain: 'motivations',
 *   finding: { en: 'Use began around a loss or bereavement.' },
 *   planning: { en: 'Grief support may help alongside substance-use treatment.' },
 *   referrals: ['grief-support'],
 * };
 * ```
 */
export type Rule = DeepReadonly<z.infer<typeof RuleSchema>>;

/**
 * A safety trigger. `interrupt` moves the flow to its safety state as soon as an
 * answer makes `when` hold; `flag` shows crisis resources before the person
 * leaves the section. Either way the summary gets a safety flag and urgency.
 */
export const SafetyTriggerSchema = z.strictObject({
  id: IdSchema,
  tier: z.enum(['interrupt', 'flag']),
  when: ConditionSchema,
  urgency: z.enum(['emergency', 'urgent']),
  /** Why this matters, for the clinician. */
  reason: LocalizedTextSchema,
});

/**
 * A safety trigger.
 *
 * @example
 * ```ts
 * import type { SafetyTrigger } from 'intake-screening';
 * const acute: SafetyTrigger = {
 *   id: 'asq.acute', tier: 'interrupt', urgency: 'emergency',
 *   when: { item: 'asq.q5', eq: 'yes' },
 *   reason: { en: 'Current thoughts of suicide reported.' },
 * };
 * ```
 */
export type SafetyTrigger = DeepReadonly<z.infer<typeof SafetyTriggerSchema>>;
