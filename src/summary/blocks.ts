import { displayText } from './safe-text.js';

/**
 * A tiny document model the renderers build once and print as plain text or
 * Markdown, so both formats always carry the same content.
 */

/**
 * An answer an entry rests on. With `ref` (its number in the answers
 * appendix) it prints short, "A7 Yes", since the question is printed once
 * there; without, in full, so an answer the appendix does not list is never
 * lost.
 */
export interface AnswerRef {
  readonly ref: number | undefined;
  readonly itemId: string;
  readonly question: string;
  readonly answerText: string;
}

/** The answers behind an entry, under a label ("Evidence"), printed on one line. */
export interface AnswerRefs {
  readonly label: string;
  readonly answers: readonly AnswerRef[];
}

/** One list entry: its text and the answers it rests on on one line, then optional indented detail lines. */
export interface ListEntry {
  readonly text: string;
  readonly details?: readonly string[];
  readonly refs?: AnswerRefs;
}

/** A table row; `anchor` numbers an answer row that references point to; `line` is the row in text and Markdown. */
export interface TableRow {
  readonly cells: readonly string[];
  readonly anchor?: number;
  readonly line?: string;
}

/** One bar of the score chart: a total on its scale, with its bands and the cut-off applied. */
export interface ChartBar {
  readonly label: string;
  readonly score: number;
  readonly min: number;
  readonly max: number;
  readonly bands: readonly { readonly min: number; readonly max: number; readonly label: string }[];
  readonly cutoff: number | null;
  /** The bar read out: part of the chart's text alternative. */
  readonly description: string;
}

/** A block of a rendered summary. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly strong?: true }
  | { readonly kind: 'list'; readonly entries: readonly ListEntry[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly TableRow[] }
  /** Drawn in HTML only; the same numbers are in the table of results beside it in every format. */
  | { readonly kind: 'chart'; readonly caption: string; readonly bars: readonly ChartBar[] }
  /** The appendix: HTML starts it on a new page; text and Markdown print its blocks in order. */
  | { readonly kind: 'appendix'; readonly blocks: readonly Block[] };

/** The blocks with the appendix opened, for the formats that do not lay it out. */
function flat(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === 'appendix' ? flat(b.blocks) : [b]));
}

/** Cells of a table row, and answer references, on one line. */
export const CELL_SEPARATOR = ' · ';

const rowLine = (r: TableRow): string => r.line ?? r.cells.join(CELL_SEPARATOR);

/** A reference as text: "A7 Yes", or the whole answer when the appendix does not list it. */
export function refText(r: AnswerRef): string {
  return r.ref === undefined ? `${r.question} — ${r.answerText} (${r.itemId})` : `A${r.ref} ${r.answerText}`;
}

/** An entry's first line, before escaping: its text, then the answers it rests on. */
function entryLine(e: ListEntry): string {
  return e.refs === undefined || e.refs.answers.length === 0 ? e.text : `${e.text} — ${e.refs.label}: ${e.refs.answers.map(refText).join(CELL_SEPARATOR)}`;
}

// Content may come from free-text answers or stored definitions: every piece
// of every block goes through displayText (one line, nothing invisible), so a
// part a renderer adds later is covered without doing anything.
const oneLine = displayText;

/**
 * Escape text for Markdown so that nothing in it becomes markup, a link or
 * raw HTML when a host turns the Markdown into a page.
 */
export function escapeMarkdown(s: string): string {
  const escaped = oneLine(s)
    // Only an "&" that would start an entity needs escaping; "Suicide & Crisis" stays readable.
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}|~#!])/g, '\\$1')
    // Nothing a person typed may become a link under GFM autolinks or
    // linkify: break "scheme://", "//host", e-mail addresses and domain names.
    .replace(/@/g, '\\@')
    .replace(/:(?=\/)/g, '\\:')
    .replace(/\/(?=\/)|(?<=\/)\//g, '\\/')
    // "www." starts a GFM autolink; a dot before a top-level domain that
    // linkify knows by default (any two letters, com, org, …) ends one. Item
    // ids such as "safety.acute" or "asq.q5" stay as they are.
    .replace(/(?<=\bwww)\./giu, '\\.')
    .replace(
      /(?<=[\p{L}\p{N}])\.(?=(?:[a-z]{2}|com|net|org|edu|gov|mil|int|biz|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф)(?![\p{L}\p{N}_-]))/giu,
      '\\.',
    );
  return escaped.replace(/^([-+=]|\d+[.)])/, '\\$1');
}

const UNDERLINE = { 1: '=', 2: '-' } as const;

/** One block as plain text; a chart has none (its numbers are in the table beside it). */
function textBlock(b: Block): string {
  switch (b.kind) {
    case 'heading': {
      const text = oneLine(b.text);
      // A third-level heading is one line on top of what it heads, so short lists stay short on paper.
      return b.level === 3 ? `${text}:` : `${text}\n${UNDERLINE[b.level].repeat(Math.max(3, [...text].length))}`;
    }
    case 'paragraph':
      return oneLine(b.text);
    case 'list':
      return b.entries.map((e) => [`- ${oneLine(entryLine(e))}`, ...(e.details ?? []).map((d) => `    ${oneLine(d)}`)].join('\n')).join('\n');
    case 'table':
      return b.rows.map((r) => `- ${oneLine(rowLine(r))}`).join('\n');
    case 'chart':
    case 'appendix':
      return '';
  }
}

/**
 * Print blocks as plain text: underlined headings, "-" lists, indented
 * details, table rows as list lines. `compact` (the clinician view, meant to
 * fit a page) leaves blank lines only before sections and paragraphs.
 */
export function toText(blocks: readonly Block[], compact = false): string {
  const out: string[] = [];
  let underHeading = false;
  for (const b of flat(blocks)) {
    const text = textBlock(b);
    if (text === '') continue;
    // A blank line before a section (a first- or second-level heading) and before a paragraph that follows
    // something other than a heading; everything else follows on the next line, so a page holds more.
    const apart = !compact || (b.kind === 'heading' ? b.level < 3 : b.kind === 'paragraph' && !underHeading);
    if (out.length > 0 && !apart) out[out.length - 1] += `\n${text}`;
    else out.push(text);
    underHeading = b.kind === 'heading';
  }
  return `${out.join('\n\n')}\n`;
}

/** Print blocks as CommonMark, escaping all content; `compact` as for {@link toText}. */
export function toMarkdown(blocks: readonly Block[], compact = false): string {
  const out: string[] = [];
  let afterHeading = false;
  for (const b of flat(blocks)) {
    if (b.kind === 'chart') continue;
    // A heading ends its line in CommonMark, so what follows it, and a third-level heading, need no blank line.
    if (compact && (afterHeading || (b.kind === 'heading' && b.level === 3))) out.push('\n');
    else if (out.length > 0) out.push('\n\n');
    afterHeading = b.kind === 'heading';
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`);
        break;
      case 'paragraph':
        out.push(b.strong === true ? `**${escapeMarkdown(b.text)}**` : escapeMarkdown(b.text));
        break;
      case 'list':
        out.push(
          b.entries.map((e) => [`- ${escapeMarkdown(entryLine(e))}`, ...(e.details ?? []).map((d) => `  - ${escapeMarkdown(d)}`)].join('\n')).join('\n'),
        );
        break;
      case 'table':
        out.push(b.rows.map((r) => `- ${escapeMarkdown(rowLine(r))}`).join('\n'));
        break;
      case 'appendix':
        break;
    }
  }
  return `${out.join('').trimStart()}\n`;
}
