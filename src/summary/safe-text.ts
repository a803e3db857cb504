/**
 * The one place that decides which characters of untrusted text (free-text
 * answers, definition texts, ids, file names) may reach a reader: every
 * summary renderer and the CLI's terminal output go through it.
 *
 * - Controls (C0, DEL, C1 such as U+009B CSI) and line or paragraph
 *   separators could move the cursor, clear the screen, set a terminal title
 *   or start a new Markdown block.
 * - Format characters (bidirectional embeddings, overrides, isolates and
 *   marks, zero-width spaces and joiners, soft hyphens, tag characters) change
 *   what text looks like without being seen (Trojan Source, hidden words).
 * - A lone surrogate is not text at all.
 */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const FORMAT = /\p{Cf}/gu;
const LONE_SURROGATE = /\p{Cs}/gu;
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

/**
 * Text for a rendered summary, on one line: controls and separators become
 * spaces, format characters are removed (an emoji joined by zero-width joiners
 * shows as its parts), lone surrogates become U+FFFD, runs of white space
 * become one space.
 *
 * @param s - Untrusted text.
 * @returns Text safe to print on one line.
 */
export function displayText(s: string): string {
  return s.replace(CONTROL, ' ').replace(FORMAT, '').replace(LONE_SURROGATE, '\uFFFD').replace(/\s+/g, ' ').trim();
}

/**
 * Text for a terminal: newlines are kept; every other control, separator,
 * format character or lone surrogate is made visible as a `\uXXXX` escape,
 * which inside a JSON string is the same character, so JSON stays valid and
 * equal.
 *
 * @param s - Text about to be written to a terminal.
 * @returns The text with nothing a terminal would act on.
 */
export function terminalText(s: string): string {
  return s.replace(UNSAFE, (c) => {
    if (c === '\n') return c;
    let out = '';
    for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}
