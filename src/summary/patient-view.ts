import { DOMAINS, type Domain, type ReferralType, type SettingIndicator } from '../definition/rule.js';
import type { ReferralSummary } from './referral-summary.js';

/**
 * What the person's own view of a summary may show: the topics they told us
 * about, the setting considerations and the referrals, as keys of the person's
 * phrase tables (`PHRASES.domainsPatient`, `PHRASES.settingPatient`,
 * `PHRASES.referralsPatient`).
 *
 * @example
 * ```ts
 * import type { PatientView } from 'intake-screening';
 * const view: PatientView = { topics: ['recovery-environment'], setting: ['no-transport'], referrals: ['transport-assistance'] };
 * ```
 */
export interface PatientView {
  /** Domains with at least one finding the person may see, in `DOMAINS` order; never `safety`. */
  readonly topics: readonly Domain[];
  /** Setting considerations the person may see, in the summary's order. */
  readonly setting: readonly SettingIndicator[];
  /** Referral types the person may see, in the summary's order. */
  readonly referrals: readonly ReferralType[];
}

// A referral that only a private disclosure suggests: the person's view never lists it, and the answers behind it
// are private (the home-safety question is asked privately; USPSTF 2018, Curry et al., JAMA 2018;320(16):1678).
const PRIVATE_REFERRALS: ReadonlySet<ReferralType> = new Set(['safety-support-services']);

/**
 * Choose what the person's view of a summary shows. The view may be on a shared
 * screen or printed, so it never repeats a disclosure made in private:
 * answers behind a safety flag (suicide risk, self-harm, an intentional
 * overdose) or behind a private referral (feeling unsafe at home) are private,
 * and a topic or consideration that rests on any private answer is left out,
 * as are `safety` findings and the private referrals themselves. Beside a
 * private safety concern, family sessions are not offered on the person's
 * screen either: the clinician talks with the person alone first (SAMHSA TIP 25).
 * The clinician view keeps everything.
 *
 * @param summary - A summary from `summarize`.
 * @returns The topics, considerations and referrals to show the person.
 * @example
 * ```ts
 * import { patientView, PHRASES, summarize } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const view = patientView(summarize(briefScreen, {}));
 * view.referrals.map((type) => PHRASES.referralsPatient[type].en);
 * ```
 */
export function patientView(summary: ReferralSummary): PatientView {
  const privateItems = new Set<string>();
  const addAll = (evidence: readonly { readonly itemId: string }[]) => {
    for (const e of evidence) privateItems.add(e.itemId);
  };
  for (const flag of summary.safetyFlags) addAll([...flag.evidence, ...(flag.freeText ?? [])]);
  const privateReferrals = summary.referrals.filter((r) => PRIVATE_REFERRALS.has(r.type));
  for (const r of privateReferrals) addAll(r.evidence);
  const shareable = (evidence: readonly { readonly itemId: string }[]) => evidence.every((e) => !privateItems.has(e.itemId));
  return {
    topics: DOMAINS.filter((d) => d !== 'safety' && summary.findings[d].some((f) => shareable(f.evidence))),
    setting: summary.setting.filter((c) => shareable(c.evidence)).map((c) => c.indicator),
    referrals: summary.referrals
      .filter((r) => !PRIVATE_REFERRALS.has(r.type) && !(r.type === 'family-therapy' && privateReferrals.length > 0))
      .map((r) => r.type),
  };
}
