import { displayText } from './safe-text.js';

/**
 * A tiny document model the renderers build once and print as plain text or
 * Markdown, so both formats always carry the same content.
 */

/** One list entry, with optional indented detail lines. */
export interface ListEntry {
  readonly text: string;
  readonly details?: readonly string[];
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
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly entries: readonly ListEntry[] }
  /** Drawn in HTML only; the same numbers are in the list of results beside it in every format. */
  | { readonly kind: 'chart'; readonly caption: string; readonly bars: readonly ChartBar[] };

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

const UNDERLINE = { 1: '=', 2: '-', 3: '~' } as const;

/** Print blocks as plain text: underlined headings, "-" lists, indented details. */
export function toText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading': {
        const text = oneLine(b.text);
        out.push(`${text}\n${UNDERLINE[b.level].repeat(Math.max(3, [...text].length))}`);
        break;
      }
      case 'paragraph':
        out.push(oneLine(b.text));
        break;
      case 'list':
        out.push(b.entries.map((e) => [`- ${oneLine(e.text)}`, ...(e.details ?? []).map((d) => `    ${oneLine(d)}`)].join('\n')).join('\n'));
        break;
      case 'chart':
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** Print blocks as CommonMark, escaping all content. */
export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`);
        break;
      case 'paragraph':
        out.push(escapeMarkdown(b.text));
        break;
      case 'list':
        out.push(b.entries.map((e) => [`- ${escapeMarkdown(e.text)}`, ...(e.details ?? []).map((d) => `  - ${escapeMarkdown(d)}`)].join('\n')).join('\n'));
        break;
      case 'chart':
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
