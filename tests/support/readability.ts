/**
 * Reading-level estimates for the tests: Flesch–Kincaid grade for English and
 * Fernández Huerta's readability for Spanish. Both are heuristics over counted
 * syllables, good enough to catch clinical jargon in text meant for the person.
 * A sentence ends at ".", "!", "?" or ":" followed by a space or the end.
 */

/** English syllables by vowel groups, with the usual silent-e and -ed/-es trims. */
function syllablesEn(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

const sentenceCount = (text: string) => Math.max(1, text.match(/[.!?:](\s|$)/g)?.length ?? 0);
const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w));

/**
 * Flesch–Kincaid grade level of an English text (Kincaid JP, et al. Derivation of new readability formulas for
 * Navy enlisted personnel. Research Branch Report 8-75, 1975): 0.39 × words per sentence + 11.8 × syllables per
 * word − 15.59.
 */
export function fleschKincaidGrade(text: string): number {
  const words = wordsOf(text);
  const syl = words.reduce((n, w) => n + syllablesEn(w), 0);
  return 0.39 * (words.length / sentenceCount(text)) + 11.8 * (syl / words.length) - 15.59;
}

/**
 * Spanish syllables: one per vowel nucleus. A weak unaccented vowel (i, u, ü)
 * beside another vowel forms a diphthong (one syllable); two strong or
 * accented vowels side by side are a hiatus (two).
 */
function syllablesEs(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  let n = 0;
  for (const group of w.match(/[aeiouáéíóúü]+/g) ?? []) {
    const strong = group.match(/[aeoáéíóú]/g)?.length ?? 0;
    n += Math.max(1, strong);
  }
  return Math.max(1, n);
}

/**
 * Fernández Huerta's readability of a Spanish text (Fernández Huerta J.,
 * "Medidas sencillas de lecturabilidad", Consigna 1959;214:29-32), in the
 * corrected form L = 206.84 − 0.60·P − 1.02·F, with P syllables and F
 * sentences per 100 words. On his scale 60–70 is "normal", the reading of
 * grades 7–8; 70 and over is grade 6 or lower.
 */
export function fernandezHuerta(text: string): number {
  const words = wordsOf(text);
  const syl = words.reduce((n, w) => n + syllablesEs(w), 0);
  return 206.84 - 0.6 * ((100 * syl) / words.length) - 1.02 * ((100 * sentenceCount(text)) / words.length);
}
