import { type Coding, LOINC } from '../../src/index.js';

/**
 * A LOINC coding. The display is left out where we could not check LOINC's own
 * long name, rather than guessing one that an exporter would then publish.
 *
 * @param code - The LOINC code, e.g. `44249-1` or an answer code such as `LA6568-5`.
 * @param display - LOINC's display name, when known.
 * @returns A `Coding` in the LOINC system.
 * @example
 * ```ts
 * loinc('44249-1', 'PHQ-9 quick depression assessment panel [Reported.PHQ]');
 * // { system: 'http://loinc.org', code: '44249-1', display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' }
 * ```
 */
export function loinc(code: string, display?: string): Coding {
  return display === undefined ? { system: LOINC, code } : { system: LOINC, code, display };
}
