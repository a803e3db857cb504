/**
 * The language guard: finds wording the library must never emit, so tests can
 * scan every phrase, definition text and rendered summary.
 *
 * Two kinds of problem are caught:
 * - `diagnostic`: a sentence that states a diagnosis about a person ("has
 *   depression", "diagnosed with", "meets criteria for"). A screen can only say
 *   "screened positive for symptoms of …".
 * - `stigmatizing`: labels that reduce a person to their substance use
 *   ("addict", "junkie", "drug user", "clean/dirty" urine or people).
 *
 * Deliberate choices, so the guard does not fight correct clinical wording:
 * - "substance use", "person who uses drugs", "opioid use disorder" as a name
 *   ("medication for opioid use disorder") pass; only a claim that someone
 *   *has* a disorder is flagged.
 * - "clean needles / equipment / supplies" pass: "clean" there describes an
 *   object, not a person or a test. Our own phrases say "sterile" anyway.
 * - "addiction", "relapse" and "misuse" pass: they are used in the names of
 *   fields and treatments ("addiction medicine", "relapse prevention").
 * - Bare "user" passes (software "user"); it is flagged only with a substance
 *   qualifier ("drug user", "heroin users", "IV user").
 * - Proper names that contain a guarded word ("Alcoholics Anonymous",
 *   "Substance Abuse and Mental Health Services Administration", "Drug Abuse
 *   Screening Test") are masked before matching, see {@link GUARD_ALLOWED_NAMES}.
 * - Spanish "personas usuarias de drogas" passes: it is the person-first term in
 *   Spanish-language harm-reduction services.
 */

/**
 * Why a phrase is guarded: a `diagnostic` claim or a `stigmatizing` label.
 *
 * @example
 * ```ts
 * import type { GuardKind } from 'intake-screening/language-guard';
 * const kind: GuardKind = 'stigmatizing';
 * ```
 */
export type GuardKind = 'diagnostic' | 'stigmatizing';

/**
 * One guarded phrase found in a text.
 *
 * @example
 * ```ts
 * import { findGuardedPhrases, type GuardHit } from 'intake-screening/language-guard';
 * const hits: GuardHit[] = findGuardedPhrases('a junkie'); // [{ phrase: 'junkie', kind: 'stigmatizing' }]
 * ```
 */
export interface GuardHit {
  /** The text that matched, as written. */
  readonly phrase: string;
  readonly kind: GuardKind;
}

/**
 * A guarded pattern with the language it is written for and examples it must catch.
 *
 * @example
 * ```ts
 * import { GUARDED_PHRASES, type GuardedPhrase } from 'intake-screening/language-guard';
 * const spanish: GuardedPhrase[] = GUARDED_PHRASES.filter((g) => g.lang === 'es');
 * ```
 */
export interface GuardedPhrase {
  readonly kind: GuardKind;
  readonly lang: 'en' | 'es';
  /** Case-insensitive, Unicode-aware; not global, so it carries no `lastIndex` state. */
  readonly pattern: RegExp;
  /** Texts the pattern must match; the guard's tests check each. */
  readonly examples: readonly string[];
}

// `\b` is ASCII-only, so words starting or ending in "á", "é", "ó" would slip
// through; these look-arounds treat every Unicode letter as a word character.
const START = '(?<![\\p{L}\\p{N}_])';
const END = '(?![\\p{L}\\p{N}_])';

// A leading look-behind is tried at every position of the text and makes a
// scan several times slower, so the scanner uses a copy without it and checks
// the character before each match itself.
const scanners = new Map<GuardedPhrase, RegExp>();

function p(kind: GuardKind, lang: 'en' | 'es', source: string, examples: readonly string[]): GuardedPhrase {
  const phrase = Object.freeze({ kind, lang, pattern: new RegExp(`${START}(?:${source})${END}`, 'iu'), examples: Object.freeze([...examples]) });
  scanners.set(phrase, new RegExp(`(?:${source})${END}`, 'giu'));
  return phrase;
}

const CONDITION_EN =
  'depression|major depression|clinical depression|bipolar(?: disorder)?|ptsd|post-traumatic stress(?: disorder)?|schizophrenia|psychosis|' +
  'adhd|ocd|anorexia(?: nervosa)?|bulimia(?: nervosa)?|(?:an? )?(?:[\\p{L}-]+ ){0,3}disorder|(?:an? )?mental illness|(?:an? )?addiction|alcoholism';

/**
 * Patterns of diagnostic claims about a person (English and Spanish).
 *
 * @example
 * ```ts
 * import { DIAGNOSTIC_PHRASES } from 'intake-screening/language-guard';
 * DIAGNOSTIC_PHRASES.some((g) => g.pattern.test('was diagnosed with PTSD')); // true
 * ```
 */
export const DIAGNOSTIC_PHRASES: readonly GuardedPhrase[] = Object.freeze([
  p('diagnostic', 'en', '(?:was |were |been |is |are |being |newly |previously )?diagnosed (?:with|as|by)', [
    'diagnosed with',
    'was diagnosed as bipolar',
    'has been diagnosed with PTSD',
  ]),
  p('diagnostic', 'en', 'diagnos[ie]s of|diagnosis:|confirm(?:s|ed|ing)? (?:a |the )?diagnosis', ['diagnosis of depression', 'confirms the diagnosis']),
  p('diagnostic', 'en', `(?:has|has had|having) (?:${CONDITION_EN})`, [
    'has bipolar disorder',
    'has depression',
    'has PTSD',
    'has an opioid use disorder',
    'has opioid use disorder',
    'has a substance use disorder',
  ]),
  p('diagnostic', 'en', 'suffer(?:s|ed|ing)? (?:from|with)', ['suffers from', 'suffering from anxiety']),
  p(
    'diagnostic',
    'en',
    '(?:is|are|was|were|being) (?:an? )?(?:addict|addicts|alcoholic|alcoholics|bipolar|schizophrenic|psychotic|anorexic|bulimic|clinically depressed|depressive|manic|an? (?:[\\p{L}-]+ ){0,2}addict)',
    ['is an addict', 'is bipolar', 'is schizophrenic', 'are alcoholics', 'is a heroin addict'],
  ),
  p('diagnostic', 'en', 'meet(?:s|ing)? (?:the |full )?(?:dsm(?:-?5)?(?:-tr)? |icd(?:-?1[01])? |diagnostic )?criteria (?:for|of)', [
    'meets criteria for',
    'meets DSM-5 criteria for',
  ]),
  p(
    'diagnostic',
    'en',
    '(?:disorder|illness|condition|depression|ptsd|psychosis) is (?:present|confirmed|established)|presence of (?:an? )?(?:[\\p{L}-]+ ){0,3}disorder',
    ['disorder is present', 'presence of a mood disorder'],
  ),
  p('diagnostic', 'en', 'consistent with (?:an? |the )?(?:diagnosis|(?:[\\p{L}-]+ ){0,3}disorder)', ['consistent with major depressive disorder']),
  p('diagnostic', 'es', 'diagnosticad[oa]s? (?:con|de|como)|diagn[oó]stico (?:de|es|fue)|diagnosticaron (?:con )?', [
    'diagnosticado con',
    'diagnosticada de depresión',
    'diagnóstico de trastorno',
  ]),
  p('diagnostic', 'es', 'padec(?:e|en|ía|ían|iendo|er)(?: de)?', ['padece de', 'padece depresión']),
  p('diagnostic', 'es', 'sufr(?:e|en|ía|ían|iendo|ir) (?:de|con)', ['sufre de', 'sufren de ansiedad']),
  p(
    'diagnostic',
    'es',
    '(?:tiene|tienen|tenía|presenta|presentan) (?:un |una )?(?:depresi[oó]n|trastorno|tept|esquizofrenia|psicosis|bipolaridad|adicci[oó]n|alcoholismo|enfermedad mental)',
    ['tiene depresión', 'tiene un trastorno por consumo de opioides', 'presenta TEPT'],
  ),
  p(
    'diagnostic',
    'es',
    '(?:es|son|era) (?:un |una )?(?:adict[oa]s?|alcoh[oó]lic[oa]s?|bipolar|esquizofr[eé]nic[oa]|psic[oó]tic[oa]|anor[eé]xic[oa]|bul[ií]mic[oa])',
    ['es adicto', 'es una alcohólica', 'es bipolar'],
  ),
  p('diagnostic', 'es', 'cumple(?:n)? (?:los |con los )?criterios (?:de|para|del)', ['cumple criterios de', 'cumple con los criterios para']),
]);

/**
 * Patterns of labels that stigmatize a person who uses substances (English and Spanish).
 *
 * @example
 * ```ts
 * import { STIGMATIZING_PHRASES } from 'intake-screening/language-guard';
 * STIGMATIZING_PHRASES.some((g) => g.pattern.test('person who uses drugs')); // false
 * ```
 */
export const STIGMATIZING_PHRASES: readonly GuardedPhrase[] = Object.freeze([
  p('stigmatizing', 'en', '(?:ex-|former |recovering )?(?:drug |substance |opioid |opiate |heroin |alcohol |meth |crack |pill )?addicts?|addicted', [
    'addict',
    'drug addicts',
    'former addict',
    'addicted',
  ]),
  p(
    'stigmatizing',
    'en',
    '(?:drug |substance |alcohol |opioid |heroin |child |spouse )?abusers?|abus(?:e|es|ed|ing) (?:drugs|alcohol|substances|opioids|opiates|pills|heroin|medications?)',
    ['abuser', 'substance abuser', 'abusing drugs'],
  ),
  p(
    'stigmatizing',
    'en',
    '(?:drug|substance|alcohol|opioid|opiate|heroin|narcotic|prescription drug|polysubstance|cocaine|meth) abuse|abuse of (?:drugs|alcohol|substances|opioids|opiates|heroin|narcotics|medications?)',
    ['drug abuse', 'substance abuse', 'alcohol abuse'],
  ),
  p(
    'stigmatizing',
    'en',
    'junk(?:ie|ies|y)|crackheads?|methheads?|potheads?|druggies?|dopeheads?|dope fiends?|tweakers?|stoners?|boozers?|winos?|drunks|(?:a|the) drunk(?! driv)',
    ['junkie', 'crackhead', 'a drunk'],
  ),
  p('stigmatizing', 'en', 'alcoholism|alcoholics?(?! (?:drinks?|beverages?)(?!\\p{L}))', ['alcoholic', 'alcoholism']),
  p(
    'stigmatizing',
    'en',
    '(?:drug|heroin|opioid|opiate|meth|methamphetamine|cocaine|crack|substance|iv|intravenous|injection|injecting|needle|pill|fentanyl|cannabis|marijuana) users?|users? of (?:drugs|heroin|opioids|opiates|meth|cocaine|crack|substances)',
    ['drug user', 'IV users', 'heroin user', 'users of drugs'],
  ),
  p(
    'stigmatizing',
    'en',
    '(?:clean|dirty) (?:urines?|urinalys[ie]s|uas?|uds|drug (?:screens?|tests?)|tox(?:icology)?(?: screens?)?|samples?|specimens?|results?|tests?|screens?|users?|people|persons?|patients?|clients?|time|date)',
    ['clean urine', 'dirty UA', 'dirty drug screen', 'clean time'],
  ),
  p(
    'stigmatizing',
    'en',
    '(?:is|are|was|were|been|being|be|stay|stays|stayed|staying|get|gets|got|getting|gotten|keep|keeps|kept|keeping|remain|remains|remained|remaining) (?:clean|dirty)(?! (?:needles?|syringes?|equipment|supplies|works|gear|pipes?|cookers?|water|cottons?|spoons?|straws?))',
    ['has been clean', 'stay clean', 'got clean'],
  ),
  p('stigmatizing', 'en', '(?:drug|heroin|dope|pill|crack|meth|opioid) habits?', ['drug habit']),
  p('stigmatizing', 'en', '(?:opioid|opiate|methadone) (?:replacement|substitution) (?:therapy|treatment)', ['opioid replacement therapy']),
  p('stigmatizing', 'es', '(?:drog)?adict[oa]s?', ['adicto', 'drogadicta', 'adictos']),
  p(
    'stigmatizing',
    'es',
    'drogat[ao]s?|drogos?|yonqui|yonquis|yonki|yonkis|junkies?|tecat[oa]s?|pastiller[oa]s?|borrach[oa]s?|(?<!(?:bebidas?|tragos?) )alcoh[oó]lic[oa]s?|alcoholismo',
    ['drogata', 'yonqui', 'tecato', 'borracho', 'alcohólico'],
  ),
  p('stigmatizing', 'es', 'abuso (?:de|del) (?:drogas|sustancias|alcohol|opioides|opi[aá]ceos|hero[ií]na|medicamentos|f[aá]rmacos)|abusador(?:es|as?)?', [
    'abuso de drogas',
    'abuso de sustancias',
  ]),
  p(
    'stigmatizing',
    'es',
    '(?:orina|muestra|prueba|an[aá]lisis|examen|resultado)s? (?:limpi|suci)[oa]s?|(?:est[aá]|estar|estoy|estaba|estuvo|mantenerse|mantenerme|seguir|sigue|sigo|lleva|llevo) limpi[oa]s?',
    ['orina limpia', 'prueba sucia', 'está limpio'],
  ),
]);

/**
 * Every guarded pattern, diagnostic first.
 *
 * @example
 * ```ts
 * import { GUARDED_PHRASES } from 'intake-screening/language-guard';
 * GUARDED_PHRASES.flatMap((g) => g.examples);
 * ```
 */
export const GUARDED_PHRASES: readonly GuardedPhrase[] = Object.freeze([...DIAGNOSTIC_PHRASES, ...STIGMATIZING_PHRASES]);

/**
 * Proper names that contain a guarded word but must be quotable (an agency, a
 * mutual-help fellowship, a published instrument or a journal abbreviation in
 * a citation). Masked before matching.
 *
 * @example
 * ```ts
 * import { findGuardedPhrases } from 'intake-screening/language-guard';
 * findGuardedPhrases('Substance Abuse and Mental Health Services Administration'); // []
 * ```
 */
export const GUARD_ALLOWED_NAMES: readonly string[] = Object.freeze([
  'Substance Abuse and Mental Health Services Administration',
  'National Institute on Drug Abuse',
  'National Institute on Alcohol Abuse and Alcoholism',
  'Drug Abuse Screening Test',
  'Drug Abuse Warning Network',
  'Alcoholics Anonymous',
  'Adult Children of Alcoholics',
  'Alcohólicos Anónimos',
  'Instituto Nacional sobre el Abuso de Drogas',
  'Journal of Substance Abuse Treatment',
  // Journal abbreviations that appear in instrument citations.
  'Addict Behav',
  'J Addict Med',
  'J Addict Dis',
  'Am J Addict',
  'Addict Sci Clin Pract',
  'J Subst Abuse Treat',
  'Subst Abuse',
]);

const allowed = new RegExp(GUARD_ALLOWED_NAMES.map((n) => `${START}${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${END}`).join('|'), 'giu');
const compiled = GUARDED_PHRASES.map((g) => ({ kind: g.kind, re: scanners.get(g) as RegExp }));
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function wordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  return WORD_CHAR.test(c >= 0xdc00 && c <= 0xdfff && i > 1 ? text.slice(i - 2, i) : text.charAt(i - 1));
}

function mask(text: string): string {
  return text.replace(allowed, (m) => ' '.repeat(m.length));
}

/**
 * Find diagnostic claims and stigmatizing labels in a text, in English and
 * Spanish. An empty result means the text passed.
 *
 * @param text - Any text: a phrase, a definition string, a rendered summary.
 * @returns Every hit, in the order the patterns are listed (diagnostic first),
 *   then by position.
 * @example
 * ```ts
 * import { findGuardedPhrases } from 'intake-screening/language-guard';
 * findGuardedPhrases('Person is an addict.');
 * // [{ phrase: 'is an addict', kind: 'diagnostic' }, { phrase: 'addict', kind: 'stigmatizing' }]
 * findGuardedPhrases('Medication for opioid use disorder was discussed.'); // []
 * ```
 */
export function findGuardedPhrases(text: string): GuardHit[] {
  const masked = mask(text.replace(/\s+/g, ' '));
  const hits: GuardHit[] = [];
  for (const { kind, re } of compiled) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(masked)) !== null) {
      if (wordCharBefore(masked, m.index)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      hits.push({ phrase: m[0], kind });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return hits;
}
