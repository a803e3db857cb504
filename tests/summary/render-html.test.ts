/**
 * renderSummary(summary, { format: 'html' }): a hostile answer renders inert
 * (parsed with parse5, the WHATWG parser browsers follow), nothing typed
 * reaches an attribute or a URL, the patient HTML carries no score, and the
 * clinician HTML draws each complete score on its scale with the cut-off
 * marked and a text alternative.
 */
import { type DefaultTreeAdapterMap, parse, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { briefScreen } from '../../questionnaires/index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(node: Node): Element[] {
  const own = 'tagName' in node ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes : [];
  const inTemplate = 'content' in node ? [node.content as Node] : [];
  return [...own, ...[...children, ...inTemplate].flatMap(elements)];
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Every element and attribute the renderer may write; anything else came from input. */
const TAGS = new Set([
  'html',
  'head',
  'body',
  'meta',
  'title',
  'style',
  'article',
  'h1',
  'h2',
  'h3',
  'p',
  'strong',
  'section',
  'ul',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'figure',
  'svg',
  'desc',
  'g',
  'text',
  'rect',
  'line',
]);
const ATTRIBUTES = new Set([
  'lang',
  'id',
  'href',
  'scope',
  'class',
  'charset',
  'name',
  'content',
  'role',
  'viewBox',
  'viewbox',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
]);

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">click</a>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  '</article><iframe src=//evil.example>',
  '&lt;script&gt; already escaped',
  'abc\u202edcba\u202c \u2066isolated\u2069',
];

/** A questionnaire whose every text and free-text answer carries the attack, with a safety trigger so the flag parts render. */
function hostile(attack: string) {
  return parseQuestionnaire({
    id: 'hostile',
    version: '1.0.0',
    title: { en: `Title ${attack}`, es: `Título ${attack}` },
    locales: ['en', 'es'],
    sections: [
      {
        id: 's',
        title: { en: `Section ${attack}`, es: `Sección ${attack}` },
        instrument: { kind: 'descriptive', name: `S ${attack}` },
        items: [
          { id: 's.risk', kind: 'boolean', text: { en: `Risk ${attack}`, es: `Riesgo ${attack}` } },
          { id: 's.note', kind: 'text', text: { en: `Note ${attack}`, es: `Nota ${attack}` } },
        ],
      },
    ],
    rules: [
      { id: 'r', when: { answered: 's.note' }, domain: 'motivations', finding: { en: `Finding ${attack}`, es: `Hallazgo ${attack}` }, urgency: 'priority' },
    ],
    safety: [{ id: 'flag', when: { item: 's.risk', eq: true }, tier: 'flag', urgency: 'urgent', reason: { en: `Reason ${attack}`, es: `Motivo ${attack}` } }],
  });
}

describe('the HTML renderer', () => {
  it.each(HOSTILE)('renders a hostile answer and definition inert, in both audiences and languages: %j', (attack) => {
    const q = hostile(attack);
    for (const locale of ['en', 'es'] as const) {
      const summary = summarize(q, { 's.risk': true, 's.note': `typed ${attack} end` }, { locale });
      for (const audience of ['clinician', 'patient'] as const) {
        for (const fragment of [false, true]) {
          const html = renderSummary(summary, { format: 'html', audience, locale, fragment });
          const tree = fragment ? parseFragment(html) : parse(html);
          const all = elements(tree as Node);
          for (const el of all) {
            expect(TAGS, `${audience} ${locale}: <${el.tagName}>`).toContain(el.tagName);
            for (const attr of el.attrs) {
              expect(ATTRIBUTES, `${audience} ${locale}: ${attr.name}`).toContain(attr.name);
              // No attribute carries text from the input: only fixed words, numbers and the locale.
              expect(attr.value).toMatch(/^[\w .#,;:=/()%-]*$/u);
              expect(attr.value).not.toMatch(/alert|javascript|evil|typed/i);
            }
          }
          // No resource or handler at all; the only links are to answer rows of this document (ids from a counter).
          expect(all.some((el) => el.attrs.some((a) => /^(src|on)/i.test(a.name)))).toBe(false);
          const ids = new Set(all.flatMap((el) => el.attrs.filter((a) => a.name === 'id').map((a) => a.value)));
          for (const id of ids) expect(id).toMatch(/^answer-\d+$/);
          for (const el of all) {
            for (const a of el.attrs.filter((x) => x.name === 'href')) {
              expect(el.tagName).toBe('a');
              expect(a.value).toMatch(/^#answer-\d+$/);
              expect(ids.has(a.value.slice(1))).toBe(true);
            }
          }
          expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
          // The disclosure is not lost: the clinician reads the answer as typed, as text.
          if (audience === 'clinician') expect(textOf(tree as Node)).toContain(`typed ${attack.replace(/[\u202a-\u202e\u2066-\u2069]/gu, '')} end`);
        }
      }
    }
  });

  it('is a whole document with a language, a title, one h1 and a print stylesheet, or the article alone', () => {
    const summary = summarize(briefScreen, { 'asq.q1': 1, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'no' });
    const html = renderSummary(summary, { format: 'html', audience: 'clinician' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    const all = elements(parse(html) as Node);
    expect(all.filter((e) => e.tagName === 'h1')).toHaveLength(1);
    expect(textOf(all.find((e) => e.tagName === 'title') as Node)).toBe('Referral summary: Brief substance use and wellbeing screen');
    expect(textOf(all.find((e) => e.tagName === 'style') as Node)).toContain('@media print');
    expect(all.filter((e) => e.tagName === 'h2').map((e) => textOf(e))).toEqual(
      expect.arrayContaining(['Safety flags', 'Screening results', 'Findings', 'Appendix: answers and sources']),
    );
    // Urgency leads, in bold, before the first section; the appendix is a section that starts a printed page.
    expect(html).toMatch(/<\/h1>\n<p>[^<]*<\/p>\n<p class="urgency"><strong>Urgency — Urgent/);
    expect(html).toContain('<section class="appendix">');
    expect(textOf(all.find((e) => e.tagName === 'style') as Node)).toContain('.intake-summary .appendix{break-before:page}');
    const fragment = renderSummary(summary, { format: 'html', audience: 'clinician', locale: 'es', fragment: true });
    expect(fragment).toMatch(/^<article class="intake-summary intake-summary-clinician" lang="es">/);
    expect(fragment).not.toContain('<style');
    expect(fragment).toContain('<h2>Alertas de seguridad</h2>');
  });

  it('draws each complete score on its band scale with the cut-off marked, and reads it out', () => {
    const summary = summarize(briefScreen, { 'phq9.q1': 2, 'phq9.q2': 1, 'gad7.q1': 0, 'gad7.q2': 1, 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0 });
    const html = renderSummary(summary, { format: 'html', audience: 'clinician' });
    const all = elements(parse(html) as Node);
    const svg = all.filter((e) => e.tagName === 'svg');
    expect(svg).toHaveLength(1);
    const chart = svg[0] as Element;
    expect(chart.attrs).toContainEqual({ name: 'role', value: 'img' });
    const inside = elements(chart);
    // Its name and description: a title and a desc that say every score, band and cut-off.
    expect(textOf(inside.find((e) => e.tagName === 'title') as Node)).toContain('dashed line: cut-off');
    const desc = textOf(inside.find((e) => e.tagName === 'desc') as Node);
    expect(desc).toContain('PHQ-2: 3 of 0 to 6, At or above the PHQ-2 cut-off.');
    expect(desc).toContain('GAD-2: 1 of 0 to 6, Below the GAD-2 cut-off. Cut-off ≥ 3 (Kroenke et al. 2007): Below the cut-off.');
    expect(desc).toContain('ASQ: 0 of 0 to 4');
    // One bar group per complete score, a dashed cut-off line each (all three have one), band segments titled.
    const groups = inside.filter((e) => e.tagName === 'g');
    expect(groups).toHaveLength(3);
    expect(inside.filter((e) => e.tagName === 'line')).toHaveLength(3);
    const bandTitles = inside
      .filter((e) => e.tagName === 'rect')
      .flatMap((r) =>
        elements(r)
          .filter((e) => e.tagName === 'title')
          .map((t) => textOf(t)),
      );
    expect(bandTitles).toEqual(expect.arrayContaining(['Below the PHQ-2 cut-off', 'At or above the PHQ-2 cut-off']));
    // The cut-off line of the PHQ-2 (≥ 3 on 0–6, seven cells over 300 units from x = 150) stands at the left edge of cell 3.
    const phq2Line = elements(groups[0] as Element).find((e) => e.tagName === 'line') as Element;
    expect(phq2Line.attrs.find((a) => a.name === 'x1')?.value).toBe(String(Math.round((150 + (3 * 300) / 7) * 100) / 100));
    // The score bar fills up to and including the cell of the score (3 → 4 cells).
    const bar = elements(groups[0] as Element)
      .filter((e) => e.tagName === 'rect')
      .at(-1) as Element;
    expect(bar.attrs.find((a) => a.name === 'width')?.value).toBe(String(Math.round(((4 * 300) / 7) * 100) / 100));
  });

  it('leaves out of the chart a score that is not complete, and draws no chart when none is', () => {
    const partial = summarize(briefScreen, { 'phq9.q1': 2, 'phq9.q2': 0, 'gad7.q1': 1 });
    const chart = elements(parse(renderSummary(partial, { format: 'html', audience: 'clinician' })) as Node).find((e) => e.tagName === 'svg') as Element;
    expect(elements(chart).filter((e) => e.tagName === 'g')).toHaveLength(1);
    expect(textOf(elements(chart).find((e) => e.tagName === 'desc') as Node)).toBe(
      'PHQ-2: 2 of 0 to 6, Below the PHQ-2 cut-off. Cut-off ≥ 3 (Kroenke et al. 2003): Below the cut-off.',
    );
    expect(renderSummary(summarize(briefScreen, { 'phq9.q1': 2 }), { format: 'html', audience: 'clinician' })).not.toContain('<svg');
  });

  it('gives the person no score, band, cut-off, chart or instrument name in the patient HTML', () => {
    const answers = { 'phq9.q1': 3, 'phq9.q2': 3, 'gad7.q1': 3, 'gad7.q2': 3, 'asq.q1': 1, 'asq.q2': 1, 'asq.q3': 1, 'asq.q4': 0, 'asq.q5': 'no' } as const;
    const summary = summarize(briefScreen, answers);
    for (const locale of ['en', 'es'] as const) {
      const html = renderSummary(summary, { format: 'html', audience: 'patient', locale });
      const text = textOf(parse(html) as Node);
      expect(html).not.toContain('<svg');
      for (const r of summary.instruments) {
        expect(text).not.toContain(r.instrument);
        if (r.band !== null) expect(text).not.toContain(r.band);
      }
      expect(text).not.toMatch(/\b6\b|cut-off|punto de corte|PHQ|GAD|ASQ/i);
      // What the person does get: what happens next, and crisis resources first when a flag fired.
      expect(text).toContain(locale === 'en' ? 'If you need help now' : 'Si necesita ayuda ahora');
    }
  });

  it('refuses an unknown format with a wrong-type issue naming the accepted ones', () => {
    const summary = summarize(briefScreen, {});
    expect(() => renderSummary(summary, { format: 'pdf' as 'html', audience: 'clinician' })).toThrow(/"text", "markdown" or "html"/);
  });
});
