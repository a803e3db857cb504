/**
 * `intake-screening/language-guard`: finds diagnostic claims and stigmatizing
 * labels (English and Spanish) in any text. The library's own tests run it over
 * every phrase, definition and rendered summary; run it in yours over the
 * wording your clinic adds. It is a development tool, so it lives outside the
 * core entry an intake app ships.
 *
 * @packageDocumentation
 */
export {
  findGuardedPhrases,
  GUARDED_PHRASES,
  DIAGNOSTIC_PHRASES,
  STIGMATIZING_PHRASES,
  GUARD_ALLOWED_NAMES,
  type GuardHit,
  type GuardKind,
  type GuardedPhrase,
} from './language-guard.js';
