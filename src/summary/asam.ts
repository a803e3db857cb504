import { ASAM_DIMENSIONS, type AsamDimension } from '../definition/asam-dimension.js';
import { DOMAINS, type Domain, type ReferralType, type Rule, type SettingIndicator } from '../definition/rule.js';
import { type LocalizedText, phraseTable } from '../definition/text.js';
import type { Finding, Referral, ReferralSummary, SettingConsideration } from './referral-summary.js';

/**
 * A dimension's number and name in one edition of the ASAM Criteria.
 *
 * @example
 * ```ts
 * import { ASAM_DIMENSION_NAMES, type AsamDimensionName } from 'intake-screening';
 * const current: AsamDimensionName = ASAM_DIMENSION_NAMES.biomedical.fourth;
 * `Dimension ${current.number}: ${current.name.en}`; // 'Dimension 2: Biomedical Conditions'
 * ```
 */
export interface AsamDimensionName {
  readonly number: 1 | 2 | 3 | 4 | 5 | 6;
  readonly name: LocalizedText;
}

// Sources (read with the project's search tools, December 2026):
// - Third edition (2013), all six names: the ASAM textbook chapter "Assessment Dimensions"
//   (paulearley.net/ppc/asam-textbook-chapter-4-5/Assessment-Dimensions) and ASAM CONTINUUM's knowledge base, "What
//   are the six dimensions of The ASAM Criteria?" (asamcontinuum.org), which points to page 43 of The ASAM Criteria
//   (2013).
// - Fourth edition (2023): that "Person-Centered Considerations" replaced "Readiness to Change": Behavioral Health
//   Business, "ASAM issues new guidance prioritizing patient-focused addiction treatment" (bhbusiness.com,
//   2023-12-07) and the IC&RC study guide at open-exam-prep.com. The other five fourth-edition names and numbers
//   were NOT found on a page by ASAM: they agree across several independent public clinical tools that cite the
//   fourth edition's pages (212–278), which is corroboration, not verification. Check them against the book or
//   ASAM's Assessment Guides (asam.org/asam-criteria/implementation-tools) before relying on the exact wording.
// The Spanish names (in the Spanish pack, src/locales/es.ts) are the project's translation, not ASAM's.
/**
 * Each dimension's number and name in the third (2013) and fourth (2023)
 * editions of the ASAM Criteria, English as ASAM words it (Spanish, in the
 * project's translation, comes with the Spanish pack). The fourth edition's names other than
 * "Person-Centered Considerations" were checked only against secondary
 * sources (see docs/referral-summary.md, "ASAM dimensions").
 *
 * @example
 * ```ts
 * import { ASAM_DIMENSION_NAMES } from 'intake-screening';
 * ASAM_DIMENSION_NAMES['use-related-risks'].fourth.number; // 4
 * ASAM_DIMENSION_NAMES['use-related-risks'].third.number; // 5
 * ```
 */
export const ASAM_DIMENSION_NAMES = /* @__PURE__ */ phraseTable('asamDimensions', {
  'intoxication-withdrawal': {
    third: { number: 1, name: { en: 'Acute Intoxication and/or Withdrawal Potential' } },
    fourth: {
      number: 1,
      name: { en: 'Intoxication, Withdrawal, and Addiction Medications' },
    },
  },
  biomedical: {
    third: { number: 2, name: { en: 'Biomedical Conditions and Complications' } },
    fourth: { number: 2, name: { en: 'Biomedical Conditions' } },
  },
  'psychiatric-cognitive': {
    third: {
      number: 3,
      name: {
        en: 'Emotional, Behavioral, or Cognitive Conditions and Complications',
      },
    },
    fourth: { number: 3, name: { en: 'Psychiatric and Cognitive Conditions' } },
  },
  'use-related-risks': {
    third: {
      number: 5,
      name: { en: 'Relapse, Continued Use, or Continued Problem Potential' },
    },
    fourth: { number: 4, name: { en: 'Substance Use-Related Risks' } },
  },
  'recovery-environment': {
    third: { number: 6, name: { en: 'Recovery/Living Environment' } },
    fourth: { number: 5, name: { en: 'Recovery Environment Interactions' } },
  },
  'readiness-person-centered': {
    third: { number: 4, name: { en: 'Readiness to Change' } },
    fourth: { number: 6, name: { en: 'Person-Centered Considerations' } },
  },
} as const satisfies Record<AsamDimension, { readonly third: AsamDimensionName; readonly fourth: AsamDimensionName }>);

/**
 * The dimensions a finding informs when its rule names none (`rule.asam`),
 * by the rule's domain. A domain that spans two dimensions names both (a
 * rule can be precise with its own `asam`); the scope note informs none.
 *
 * @example
 * ```ts
 * import { DOMAIN_ASAM } from 'intake-screening';
 * DOMAIN_ASAM['withdrawal-medical']; // ['intoxication-withdrawal', 'biomedical']
 * ```
 */
export const DOMAIN_ASAM = {
  safety: ['psychiatric-cognitive', 'use-related-risks'],
  'withdrawal-medical': ['intoxication-withdrawal', 'biomedical'],
  'substance-use': ['use-related-risks'],
  'co-occurring-screens': ['psychiatric-cognitive'],
  'co-occurring-history': ['psychiatric-cognitive'],
  'co-occurring-concerns': ['psychiatric-cognitive'],
  motivations: ['use-related-risks'],
  'readiness-preferences': ['readiness-person-centered'],
  'return-to-use-risk': ['use-related-risks'],
  'recovery-environment': ['recovery-environment'],
  consequences: ['recovery-environment'],
  'screening-scope': [],
} as const satisfies Record<Domain, readonly AsamDimension[]>;

/**
 * The dimensions each residential-care consideration informs. A barrier to
 * getting to care (transport) is a person-centered consideration in the
 * fourth edition and part of the recovery/living environment in the third,
 * so it names both.
 *
 * @example
 * ```ts
 * import { SETTING_ASAM } from 'intake-screening';
 * SETTING_ASAM['no-stable-housing']; // ['recovery-environment']
 * ```
 */
export const SETTING_ASAM = {
  'no-home-support': ['recovery-environment'],
  'serious-mental-health-concerns': ['psychiatric-cognitive'],
  'no-transport': ['recovery-environment', 'readiness-person-centered'],
  'no-stable-housing': ['recovery-environment'],
} as const satisfies Record<SettingIndicator, readonly AsamDimension[]>;

/**
 * The dimensions each suggested referral type speaks to.
 *
 * @example
 * ```ts
 * import { REFERRAL_ASAM } from 'intake-screening';
 * REFERRAL_ASAM['moud-evaluation']; // ['intoxication-withdrawal']
 * ```
 */
export const REFERRAL_ASAM = {
  'crisis-services': ['psychiatric-cognitive'],
  'medical-detox-evaluation': ['intoxication-withdrawal'],
  'medical-care': ['biomedical'],
  // The fourth edition's dimension 1 covers addiction medications.
  'moud-evaluation': ['intoxication-withdrawal'],
  'mental-health-assessment': ['psychiatric-cognitive'],
  'trauma-informed-care': ['psychiatric-cognitive'],
  'eating-concerns-assessment': ['psychiatric-cognitive'],
  'harm-reduction-naloxone': ['use-related-risks'],
  'pain-management-coordination': ['biomedical'],
  'grief-support': ['psychiatric-cognitive'],
  'individual-therapy': ['psychiatric-cognitive', 'use-related-risks'],
  'group-therapy': ['use-related-risks'],
  'family-therapy': ['recovery-environment'],
  'peer-support': ['recovery-environment'],
  'housing-support': ['recovery-environment'],
  'transport-assistance': ['recovery-environment', 'readiness-person-centered'],
  'legal-support': ['recovery-environment'],
  'employment-support': ['recovery-environment'],
  'alcohol-use-assessment': ['use-related-risks'],
  'prenatal-care-coordination': ['biomedical'],
  'adolescent-services': ['readiness-person-centered'],
  'safety-support-services': ['recovery-environment'],
  'financial-support': ['recovery-environment', 'readiness-person-centered'],
  'child-welfare-coordination': ['recovery-environment'],
} as const satisfies Record<ReferralType, readonly AsamDimension[]>;

/** `tags` in `ASAM_DIMENSIONS` order, each once, as a new array (summaries never share one). */
function ordered(tags: readonly AsamDimension[]): AsamDimension[] {
  return ASAM_DIMENSIONS.filter((d) => tags.includes(d));
}

/**
 * The dimensions a rule's finding informs: its own `asam`, else its domain's.
 *
 * @param rule - A summary rule.
 * @returns The dimensions, in `ASAM_DIMENSIONS` order.
 */
export function asamOfRule(rule: Pick<Rule, 'domain' | 'asam'>): AsamDimension[] {
  return ordered(rule.asam ?? DOMAIN_ASAM[rule.domain]);
}

/** The dimensions of a setting indicator or referral type, as a new array. */
export const asamOfSetting = (indicator: SettingIndicator): AsamDimension[] => ordered(SETTING_ASAM[indicator]);
export const asamOfReferral = (type: ReferralType): AsamDimension[] => ordered(REFERRAL_ASAM[type]);

/**
 * What in a summary informs one ASAM dimension.
 *
 * @example
 * ```ts
 * import { asamDimensionsOf, summarize, type AsamDimensionInformation } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const empty: AsamDimensionInformation[] = asamDimensionsOf(summarize(briefScreen, {})).filter((d) => d.findings.length === 0);
 * ```
 */
export interface AsamDimensionInformation {
  readonly dimension: AsamDimension;
  readonly findings: readonly Finding[];
  readonly setting: readonly SettingConsideration[];
  readonly referrals: readonly Referral[];
}

/**
 * A summary's findings, setting considerations and referrals grouped by the
 * ASAM dimension each informs, all six dimensions listed in `ASAM_DIMENSIONS`
 * order, so an empty one shows a receiving program where these answers give
 * no information. An entry that informs two dimensions is under both. A
 * summary stored before entries carried `asam` is grouped by the same
 * defaults (`DOMAIN_ASAM`, `SETTING_ASAM`, `REFERRAL_ASAM`). Nothing here
 * rates a dimension or names a level of care.
 *
 * @param summary - A referral summary.
 * @returns The six dimensions with what informs each.
 * @example
 * ```ts
 * import { asamDimensionsOf, summarize } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const dims = asamDimensionsOf(summarize(briefScreen, { 'living.transport': false }));
 * dims.find((d) => d.dimension === 'readiness-person-centered')?.referrals.map((r) => r.type); // ['transport-assistance']
 * dims.find((d) => d.dimension === 'biomedical')?.findings.length; // 0
 * ```
 */
export function asamDimensionsOf(summary: ReferralSummary): AsamDimensionInformation[] {
  const findings = DOMAINS.flatMap((domain) => summary.findings[domain].map((f) => [f, f.asam ?? DOMAIN_ASAM[domain]] as const));
  const setting = summary.setting.map((c) => [c, c.asam ?? SETTING_ASAM[c.indicator]] as const);
  const referrals = summary.referrals.map((r) => [r, r.asam ?? REFERRAL_ASAM[r.type]] as const);
  const under = <T>(list: readonly (readonly [T, readonly AsamDimension[]])[], d: AsamDimension): T[] =>
    list.filter(([, tags]) => tags.includes(d)).map(([entry]) => entry);
  return ASAM_DIMENSIONS.map((dimension) => ({
    dimension,
    findings: under(findings, dimension),
    setting: under(setting, dimension),
    referrals: under(referrals, dimension),
  }));
}
