import { LOCALE_PATTERN } from '../definition/text.js';
import { type Block, CELL_SEPARATOR, type ListEntry, refText } from './blocks.js';
import { displayText } from './safe-text.js';
import { scoreChart } from './score-chart.js';

/**
 * Print blocks as HTML. Safety rests on two rules that hold for every block:
 * every piece of text goes through `esc` (one line, nothing invisible or
 * direction-changing, then `& < > " '` as entities), and no attribute or URL
 * carries text: attributes are fixed words, numbers and the validated locale.
 * The only links are to answer rows of the same document (`#answer-7`, from
 * the appendix's counter). Addresses in a definition are printed as text.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape untrusted text for HTML element content or a quoted attribute.
 *
 * @param s - Untrusted text.
 * @returns Text that is only text in HTML.
 */
export function escapeHtml(s: string): string {
  return displayText(s).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const esc = escapeHtml;

/**
 * The stylesheet of a whole HTML document: plain screen type, and on paper
 * compact type, the summary on the first page and the appendix from the
 * second, with list entries, table rows and the chart kept whole.
 */
export const SUMMARY_CSS = `
.intake-summary{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;max-width:52rem;margin:0 auto;padding:1rem}
.intake-summary h1{font-size:1.35rem;margin:0 0 .25rem}
.intake-summary h2{font-size:1.1rem;margin:1rem 0 .3rem;border-bottom:1px solid #ccc}
.intake-summary h3{font-size:1rem;margin:.6rem 0 .2rem}
.intake-summary p{margin:.25rem 0}
.intake-summary ul{margin:.2rem 0;padding-left:1.2rem}
.intake-summary li ul{list-style:none;padding-left:.5rem;color:#333}
.intake-summary .urgency{font-size:1.1rem}
.intake-summary table{border-collapse:collapse;width:100%;margin:.3rem 0}
.intake-summary th,.intake-summary td{border:1px solid #ccc;padding:.1rem .3rem;text-align:left;vertical-align:top}
.intake-summary a{color:inherit}
.intake-summary .score-chart{max-width:100%;height:auto}
.intake-summary figure{margin:.3rem 0}
@media print{
@page{margin:10mm}
.intake-summary{font-size:8pt;line-height:1.25;max-width:none;padding:0}
.intake-summary .score-chart{width:9cm}
.intake-summary p,.intake-summary ul{margin:.1rem 0}
.intake-summary h1{font-size:12pt}
.intake-summary h2{font-size:9.5pt;margin:.35rem 0 .1rem}
.intake-summary h3{font-size:9pt}
.intake-summary li,.intake-summary tr,.intake-summary figure{break-inside:avoid}
.intake-summary h2,.intake-summary h3{break-after:avoid}
.intake-summary .appendix{break-before:page}
.intake-summary a{text-decoration:none}
}
`.trim();

/** The answers behind an entry, after its text, each with a short reference linked to its row in the appendix. */
function refsHtml(e: ListEntry): string {
  if (e.refs === undefined || e.refs.answers.length === 0) return '';
  const refs = e.refs.answers.map((r) => (r.ref === undefined ? esc(refText(r)) : `<a href="#answer-${r.ref}">A${r.ref}</a> ${esc(r.answerText)}`));
  return ` — ${esc(e.refs.label)}: ${refs.join(esc(CELL_SEPARATOR))}`;
}

function entryHtml(e: ListEntry): string {
  const details = (e.details ?? []).map((d) => `<li>${esc(d)}</li>`).join('');
  return `<li>${esc(e.text)}${refsHtml(e)}${details === '' ? '' : `<ul>${details}</ul>`}</li>`;
}

function tableHtml(head: readonly string[], rows: Extract<Block, { kind: 'table' }>['rows']): string {
  const th = `<thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => {
    const [first = '', ...rest] = r.cells;
    const id = r.anchor === undefined ? '' : ` id="answer-${r.anchor}"`;
    return `<tr${id}><th scope="row">${esc(first)}</th>${rest.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
  });
  return `<table>${th}<tbody>${body.join('')}</tbody></table>`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return b.strong === true ? `<p class="urgency"><strong>${esc(b.text)}</strong></p>` : `<p>${esc(b.text)}</p>`;
    case 'list':
      return `<ul>${b.entries.map(entryHtml).join('')}</ul>`;
    case 'table':
      return tableHtml(b.head, b.rows);
    case 'chart':
      return `<figure>${scoreChart(b.bars, b.caption, esc)}</figure>`;
    case 'appendix':
      return `<section class="appendix">\n${b.blocks.map(blockHtml).join('\n')}\n</section>`;
  }
}

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** A validated BCP 47 tag. */
  readonly lang: string;
  /** `clinician` or `patient`, as a class on the article. */
  readonly audience: string;
  /** The article only, for a host page that brings its own styles; a whole document otherwise. */
  readonly fragment: boolean;
}

/** Print blocks as an `<article>`, or as a whole document with the stylesheet. */
export function toHtml(blocks: readonly Block[], options: HtmlOptions): string {
  const audience = options.audience === 'clinician' ? 'clinician' : 'patient';
  const lang = LOCALE_PATTERN.test(options.lang) ? options.lang : 'und';
  const article = `<article class="intake-summary intake-summary-${audience}" lang="${lang}">\n${blocks.map(blockHtml).join('\n')}\n</article>\n`;
  if (options.fragment) return article;
  const first = blocks.find((b) => b.kind === 'heading');
  const title = first?.kind === 'heading' ? esc(first.text) : '';
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n<style>\n${SUMMARY_CSS}\n</style>\n</head>\n<body>\n${article}</body>\n</html>\n`;
}
