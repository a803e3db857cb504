import type { ChartBar } from './blocks.js';

/**
 * The score chart of the clinician HTML: one row per instrument, the total as
 * a bar on the instrument's scale, its bands as shaded segments and the
 * cut-off as a line. Scores are whole numbers, so the scale is drawn in cells
 * (a score of 3 fills the cell of 3, and the cut-off line stands at the left
 * edge of its cell). Dependency-free inline SVG; every text is escaped by the
 * caller's `esc`, and no attribute carries anything but numbers and fixed
 * words.
 */

const ROW = 34;
const LABEL_WIDTH = 150;
const TRACK = 300;
const WIDTH = LABEL_WIDTH + TRACK + 40;
/** Band shades, light to dark, chosen to stay apart in greyscale print. */
const SHADES = ['#eef2f6', '#d6dee8', '#bccbdb', '#a3b7cc', '#8aa3bd'] as const;

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function barRow(bar: ChartBar, index: number, esc: (s: string) => string): string {
  const cells = bar.max - bar.min + 1;
  const x = (v: number) => LABEL_WIDTH + (Math.min(Math.max(v, bar.min), bar.max + 1) - bar.min) * (TRACK / cells);
  const y = index * ROW + 6;
  const parts = [`<text x="0" y="${num(y + 13)}" font-size="12">${esc(bar.label)}</text>`];
  bar.bands.forEach((b, i) => {
    parts.push(
      `<rect x="${num(x(b.min))}" y="${num(y)}" width="${num(x(b.max + 1) - x(b.min))}" height="18" fill="${SHADES[i % SHADES.length]}"><title>${esc(b.label)}</title></rect>`,
    );
  });
  if (bar.bands.length === 0) parts.push(`<rect x="${LABEL_WIDTH}" y="${num(y)}" width="${TRACK}" height="18" fill="${SHADES[0]}"/>`);
  parts.push(`<rect x="${LABEL_WIDTH}" y="${num(y + 5)}" width="${num(x(bar.score + 1) - LABEL_WIDTH)}" height="8" fill="#1f2937"/>`);
  if (bar.cutoff !== null) {
    const cx = num(x(bar.cutoff));
    parts.push(`<line x1="${cx}" x2="${cx}" y1="${num(y - 3)}" y2="${num(y + 21)}" stroke="#b91c1c" stroke-width="2" stroke-dasharray="3 2"/>`);
  }
  parts.push(`<text x="${num(LABEL_WIDTH + TRACK + 6)}" y="${num(y + 13)}" font-size="12">${num(bar.score)}/${num(bar.max)}</text>`);
  return `<g>${parts.join('')}</g>`;
}

/**
 * Draw the chart as an `<svg role="img">` whose `<title>` (its accessible
 * name) is `caption` and whose `<desc>` reads every bar out, for a reader who
 * cannot see it; no text goes into an attribute.
 *
 * @param bars - The bars, in the order of the screening results.
 * @param caption - The chart's name.
 * @param esc - The HTML escape of every text.
 * @returns The SVG markup.
 */
export function scoreChart(bars: readonly ChartBar[], caption: string, esc: (s: string) => string): string {
  const height = bars.length * ROW + 8;
  const description = bars.map((b) => b.description).join(' ');
  return (
    `<svg class="score-chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">` +
    `<title>${esc(caption)}</title><desc>${esc(description)}</desc>` +
    bars.map((b, i) => barRow(b, i, esc)).join('') +
    '</svg>'
  );
}
