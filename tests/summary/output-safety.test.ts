/**
 * Nothing a person typed, and nothing a definition says, reaches a reader as
 * a control sequence, an invisible or direction-changing character, or a
 * link: checked through every renderer, audience and language, and with two
 * real GFM renderers (markdown-it with linkify, micromark with GFM).
 */
import * as fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { type Block, toMarkdown, toText } from '../../src/summary/blocks.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { displayText, terminalText } from '../../src/summary/safe-text.js';
import { summarize } from '../../src/summary/summarize.js';

/** What must never reach a reader: controls but the newline, separators, format characters, lone surrogates. */
// eslint-disable-next-line no-control-regex -- these are the characters under test
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\p{Cs}]/u;

/** Attack strings: terminal sequences (OSC title, clear screen, 8-bit CSI), bidi overrides and isolates, zero-width and tag characters. */
const ATTACKS = [
  '\u001b]0;owned\u0007title',
  '\u001b[2J\u001b[Hcleared',
  '\u009b31mred\u009b0m',
  'abc\u202edcba\u202c',
  '\u2066isolated\u2069 \u2067rtl\u2069 \u2068first\u2069',
  'zero\u200bwidth\u200c\u200d\u2060\ufeff',
  'tag\u{e0041}\u{e0042}chars',
  'line\u2028para\u2029end',
  'lone\ud800surrogate',
];

/** Text that GFM autolinks or linkify would turn into a link. */
const LINKS = [
  'visit www.example.com now',
  'https://evil.example/x?y=1',
  'write to a.b@example.org',
  '//example.com/path',
  'mailto:x@y.zz',
  'ftp://files.example.net',
];

const markdownIt = new MarkdownIt({ linkify: true });
const htmlOf = (markdown: string) => [markdownIt.render(markdown), micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })];

function hostile(text: string) {
  return parseQuestionnaire({
    id: 'hostile',
    version: '1.0.0',
    title: { en: `Title ${text}`, es: `Título ${text}` },
    locales: ['en', 'es'],
    sections: [
      {
        id: 's',
        title: { en: `Section ${text}`, es: `Sección ${text}` },
        instrument: { kind: 'descriptive', name: 'S' },
        items: [{ id: 's.note', kind: 'text', text: { en: `Note ${text}`, es: `Nota ${text}` } }],
      },
    ],
    rules: [{ id: 'r', when: { answered: 's.note' }, domain: 'motivations', finding: { en: `Finding ${text}`, es: `Hallazgo ${text}` }, urgency: 'urgent' }],
  });
}

const RENDERS = (['text', 'markdown'] as const).flatMap((format) =>
  (['clinician', 'patient'] as const).flatMap((audience) => (['en', 'es'] as const).map((locale) => ({ format, audience, locale }))),
);

describe('every renderer', () => {
  it.each(ATTACKS)('shows no control, bidi, zero-width or tag character from definitions or answers: %j', (attack) => {
    const q = hostile(attack);
    for (const options of RENDERS) {
      const out = renderSummary(summarize(q, { 's.note': `typed ${attack} end` }, { locale: options.locale }), options);
      expect(UNSAFE.test(out), `${options.format} ${options.audience} ${options.locale}`).toBe(false);
    }
    const clinician = renderSummary(summarize(q, { 's.note': `typed ${attack} end` }), { format: 'text', audience: 'clinician' });
    expect(clinician).toContain('typed');
  });

  it('keeps any block a renderer builds safe, whatever its strings (every renderer prints through these two)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.record({ kind: fc.constant('heading' as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const), text }),
      fc.record({ kind: fc.constant('paragraph' as const), text }),
      fc.record({ kind: fc.constant('list' as const), entries: fc.array(fc.record({ text, details: fc.array(text, { maxLength: 3 }) }), { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        expect(UNSAFE.test(toText(blocks))).toBe(false);
        expect(UNSAFE.test(toMarkdown(blocks))).toBe(false);
      }),
      { seed: 18, numRuns: 300 },
    );
  });
});

describe('the Markdown renderer', () => {
  it.each(LINKS)('turns nothing typed into a link under markdown-it linkify or micromark GFM: %j', (typed) => {
    // The same text unescaped is a link in at least one of them.
    expect(htmlOf(typed).some((html) => html.includes('<a '))).toBe(true);
    const q = hostile(typed);
    for (const audience of ['clinician', 'patient'] as const) {
      const markdown = renderSummary(summarize(q, { 's.note': typed }), { format: 'markdown', audience });
      for (const html of htmlOf(markdown)) expect(html).not.toContain('<a ');
    }
  });

  it('still shows the text as typed once rendered', () => {
    const markdown = toMarkdown([{ kind: 'paragraph', text: 'Mail a.b@example.org or see https://example.com/x, e.g. 1.5 mg.' }]);
    expect(markdownIt.render(markdown)).toBe('<p>Mail a.b@example.org or see https://example.com/x, e.g. 1.5 mg.</p>\n');
  });

  it('links nothing in any text fast-check builds from URL and e-mail parts', () => {
    const part = fc.constantFrom('www', '.', 'example', 'com', '@', ':', '/', '//', 'https', 'mailto', ' ', 'a', '-', 'org', '?x=1');
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), (parts) => {
        for (const html of htmlOf(toMarkdown([{ kind: 'paragraph', text: parts.join('') }]))) expect(html).not.toContain('<a ');
      }),
      { seed: 18, numRuns: 300 },
    );
  });
});

describe('displayText and terminalText', () => {
  it('display text drops what is invisible and spaces what is a control', () => {
    expect(displayText('a\u202eb\u200bc\u009bd\ne')).toBe('abc d e');
  });

  it('terminal text makes each unsafe character a visible escape that JSON reads back as the same character', () => {
    const raw = JSON.stringify({ v: 'x\u009b\u202e\u{e0041}y' });
    const safe = terminalText(raw);
    expect(safe).toBe('{"v":"x\\u009b\\u202e\\udb40\\udc41y"}');
    expect(JSON.parse(safe)).toStrictEqual(JSON.parse(raw));
    expect(terminalText('two\nlines\u001b[2J')).toBe('two\nlines\\u001b[2J');
  });
});
