import { SECURITY_LABELS } from './constants.js';
import type { FhirCoding } from './fhir-types.js';
import type { SecurityLabelOptions } from './options.js';

/** The `meta.security` codings for the chosen labels (see `SECURITY_LABELS` for what each means). */
export function securityLabels(options: SecurityLabelOptions | false | undefined): FhirCoding[] {
  if (options === false) return [];
  const out: FhirCoding[] = [];
  if (options?.part2 !== false) out.push({ ...SECURITY_LABELS.part2 });
  if (options?.substanceUse !== false) out.push({ ...SECURITY_LABELS.substanceUse });
  if (options?.behavioralHealth !== false) out.push({ ...SECURITY_LABELS.behavioralHealth }, { ...SECURITY_LABELS.psychiatry });
  return out;
}
