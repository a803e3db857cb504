import { describe, expect, it } from 'vitest';
import { type Block, escapeMarkdown, toMarkdown, toText } from '../../src/summary/blocks.js';

const paragraph = (text: string): Block[] => [{ kind: 'paragraph', text }];

// C0 controls that are not whitespace to a regular expression, and DEL: these
// must not survive into a summary a host prints or stores.
const NON_WHITESPACE_CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u001b', '\u001f', '\u007f'];

describe('one line per piece of content', () => {
  it.each(NON_WHITESPACE_CONTROLS.map((c) => [c.codePointAt(0)?.toString(16).padStart(2, '0') ?? '', c]))(
    'turns control character U+00%s into a space, in text and Markdown',
    (_code, c) => {
      expect(toText(paragraph(`a${c}b`))).toBe('a b\n');
      expect(toMarkdown(paragraph(`a${c}b`))).toBe('a b\n');
      expect(escapeMarkdown(`a${c}b`)).toBe('a b');
    },
  );

  it('a run of control characters and spaces becomes one space; at the ends it is trimmed', () => {
    expect(toText(paragraph('\u0000 lead\u0007\u0007 \u007fmid\u001b\u001b\u007f'))).toBe('lead mid\n');
    expect(escapeMarkdown('\u007f\u007fx\u0001\u0001y')).toBe('x y');
  });

  it('keeps printable neighbours of the control range unchanged', () => {
    expect(toText(paragraph('~ ! } ~'))).toBe('~ ! } ~\n');
    expect(toText(paragraph('ñ é ü'))).toBe('ñ é ü\n');
  });

  it('collapses tabs, newlines and repeated spaces to single spaces', () => {
    expect(toText(paragraph('one  two\t\tthree\r\n\nfour \u00a0 five'))).toBe('one two three four five\n');
    expect(escapeMarkdown('a  \n  b')).toBe('a b');
  });

  it('a newline in content can never start a new heading or list item', () => {
    expect(toText(paragraph('text\n- not a list\n# not a heading'))).toBe('text - not a list # not a heading\n');
    expect(toMarkdown(paragraph('text\n- not a list\n# not a heading'))).toBe('text - not a list \\# not a heading\n');
  });
});

// CommonMark starts a list item at a line (or list-item content) that begins
// with "-", "+" or "*", or with 1 to 9 digits and "." or ")", then a space or the end.
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
// A backslash escape only applies before ASCII punctuation; removing the
// backslashes escapeMarkdown inserted must give the content back.
const withoutEscapes = (s: string) => s.replace(/\\(.)/g, '$1');

describe('escapeMarkdown at the start of a line', () => {
  it.each([
    ['- dash', '\\- dash'],
    ['+ plus', '\\+ plus'],
    ['= equals', '\\= equals'],
    ['-', '\\-'],
  ])('escapes the bullet or setext marker of %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each(['1. one', '10. ten', '2024. year', '123456789. nine digits', '1) one', '12) twelve', '7.', '3)'])(
    'keeps %j from starting an ordered list, and loses none of it',
    (input) => {
      const out = escapeMarkdown(input);
      expect(out).not.toMatch(LIST_MARKER);
      expect(out).not.toBe(input);
      expect(withoutEscapes(out)).toBe(input);
    },
  );

  it('escapes an ordered-list start after leading whitespace is trimmed', () => {
    const out = escapeMarkdown('  3. after spaces');
    expect(out).not.toMatch(LIST_MARKER);
    expect(withoutEscapes(out)).toBe('3. after spaces');
  });

  it.each([
    ['12 steps', '12 steps'],
    ['1 2. three', '1 2. three'],
    ['a. letter', 'a. letter'],
    ['b) letter', 'b) letter'],
    ['Step 1. go', 'Step 1. go'],
    ['x - y', 'x - y'],
    ['1,5 mg', '1,5 mg'],
    ['.5 mg', '.5 mg'],
    ['3rd visit', '3rd visit'],
  ])('leaves %j alone: it starts no list or heading', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('list entries and details whose content looks like a list marker stay one flat list', () => {
    const md = toMarkdown([{ kind: 'list', entries: [{ text: '1) first', details: ['- detail', '2. second'] }, { text: '+ plus' }] }]);
    const lines = md.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(lines[1]).toBe('  - \\- detail');
    expect(lines[3]).toBe('- \\+ plus');
    // Each entry line is "- " or "  - " and then content that itself starts no list.
    const contents = lines.slice(0, 4).map((l) => l.replace(/^(?: {2})?- /, ''));
    for (const c of contents) expect(c).not.toMatch(LIST_MARKER);
    expect(contents.map(withoutEscapes)).toStrictEqual(['1) first', '- detail', '2. second', '+ plus']);
  });
});

describe('toText prints a whole document exactly', () => {
  it('prints nothing but a final newline for no blocks', () => {
    expect(toText([])).toBe('\n');
    expect(toMarkdown([])).toBe('\n');
  });

  it('a single paragraph is the paragraph and a newline', () => {
    expect(toText(paragraph('Hello.'))).toBe('Hello.\n');
  });

  it('underlines first- and second-level headings, at least three wide, by characters not code units; a third level is one line', () => {
    expect(
      toText([
        { kind: 'heading', level: 1, text: 'Summary' },
        { kind: 'heading', level: 2, text: 'Hi' },
        { kind: 'heading', level: 3, text: '😀 four' },
      ]),
    ).toBe('Summary\n=======\n\nHi\n---\n\n😀 four:\n');
  });

  it('prints a list entry without details as one line, and entries one per line', () => {
    expect(toText([{ kind: 'list', entries: [{ text: 'Only' }] }])).toBe('- Only\n');
    expect(toText([{ kind: 'list', entries: [{ text: 'One' }, { text: 'Two' }, { text: 'Three' }] }])).toBe('- One\n- Two\n- Three\n');
  });

  it('prints details under their entry, indented, one per line', () => {
    expect(
      toText([
        {
          kind: 'list',
          entries: [{ text: 'First', details: ['Detail  a', 'Detail\tb'] }, { text: 'Second' }, { text: 'Third', details: ['Detail c'] }],
        },
      ]),
    ).toBe('- First\n    Detail a\n    Detail b\n- Second\n- Third\n    Detail c\n');
  });

  it('separates blocks with one blank line', () => {
    const doc: Block[] = [
      { kind: 'heading', level: 1, text: 'Referral summary' },
      { kind: 'paragraph', text: 'Urgency:\tpriority' },
      { kind: 'list', entries: [{ text: 'Reason', details: ['Evidence'] }, { text: 'Other' }] },
      { kind: 'heading', level: 2, text: 'Next' },
      { kind: 'paragraph', text: 'End.' },
    ];
    expect(toText(doc)).toBe(
      ['Referral summary', '================', '', 'Urgency: priority', '', '- Reason', '    Evidence', '- Other', '', 'Next', '----', '', 'End.', ''].join(
        '\n',
      ),
    );
  });
});

describe('compact printing (the clinician view)', () => {
  const doc: Block[] = [
    { kind: 'heading', level: 1, text: 'Summary' },
    { kind: 'paragraph', text: 'Urgency — urgent', strong: true },
    { kind: 'list', entries: [{ text: 'Reason', refs: { label: 'Evidence', answers: [{ ref: 2, itemId: 'a.b', question: 'Q?', answerText: 'Yes' }] } }] },
    { kind: 'heading', level: 2, text: 'Findings' },
    { kind: 'heading', level: 3, text: 'Group' },
    {
      kind: 'list',
      entries: [{ text: 'One', details: ['Plan'], refs: { label: 'Evidence', answers: [{ ref: undefined, itemId: 'c', question: 'Q2?', answerText: 'No' }] } }],
    },
    { kind: 'heading', level: 3, text: 'Other' },
    { kind: 'table', head: ['x', 'y'], rows: [{ cells: ['1', '2'] }] },
    {
      kind: 'appendix',
      blocks: [
        { kind: 'heading', level: 2, text: 'Appendix' },
        { kind: 'table', head: ['n'], rows: [{ cells: ['A2'], anchor: 2, line: 'A2 Q? — Yes (a.b)' }] },
      ],
    },
  ];

  it('text: blank lines only before sections and paragraphs; answers referred to by number, or in full when the appendix lacks them', () => {
    expect(toText(doc, true)).toBe(
      [
        'Summary',
        '=======',
        'Urgency — urgent',
        '- Reason — Evidence: A2 Yes',
        '',
        'Findings',
        '--------',
        'Group:',
        '- One — Evidence: Q2? — No (c)',
        '    Plan',
        'Other:',
        '- 1 · 2',
        '',
        'Appendix',
        '--------',
        '- A2 Q? — Yes (a.b)',
        '',
      ].join('\n'),
    );
  });

  it('markdown: the same lines, with the urgency in bold', () => {
    expect(toMarkdown(doc, true)).toBe(
      [
        '# Summary',
        '**Urgency — urgent**',
        '',
        '- Reason — Evidence: A2 Yes',
        '',
        '## Findings',
        '### Group',
        '- One — Evidence: Q2? — No (c)',
        '  - Plan',
        '### Other',
        '- 1 · 2',
        '',
        '## Appendix',
        '- A2 Q? — Yes (a.b)',
        '',
      ].join('\n'),
    );
  });
});

describe('toMarkdown prints a whole document exactly', () => {
  it('a single paragraph is the escaped paragraph and a newline', () => {
    expect(toMarkdown(paragraph('Use *care*.'))).toBe('Use \\*care\\*.\n');
  });

  it('prints headings with hashes, lists with nested details, blank lines between blocks', () => {
    const doc: Block[] = [
      { kind: 'heading', level: 1, text: 'Referral summary' },
      { kind: 'paragraph', text: 'Urgency:\tpriority' },
      { kind: 'list', entries: [{ text: 'Reason', details: ['Evidence one', 'Evidence two'] }, { text: 'Other' }] },
      { kind: 'heading', level: 3, text: 'Small' },
      { kind: 'list', entries: [{ text: 'Only' }] },
    ];
    expect(toMarkdown(doc)).toBe(
      [
        '# Referral summary',
        '',
        'Urgency: priority',
        '',
        '- Reason',
        '  - Evidence one',
        '  - Evidence two',
        '- Other',
        '',
        '### Small',
        '',
        '- Only',
        '',
      ].join('\n'),
    );
  });
});
