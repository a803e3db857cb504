import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// The compile errors a mistake in a definition gives, as a developer reads them: the message and the line it is
// reported on. Each case is a small file type-checked against the sources, in one program.

const root = resolve(import.meta.dirname, '../..');
const here = join(root, 'tests/definition');

const header = `import { defineQuestionnaire } from '../../src/index.js';
export const q = defineQuestionnaire({
  id: 'demo', version: '1.0.0', title: { en: 'Demo' },
  sections: [{
    id: 'use', title: { en: 'Use' }, instrument: { kind: 'descriptive', name: 'Use' },
    items: [
      { id: 'use.route', kind: 'single', text: { en: 'How?' }, options: [{ value: 'smoking', text: { en: 'Smoking' } }, { value: 'injection', text: { en: 'Injection' } }] },
      { id: 'use.days', kind: 'number', text: { en: 'Days?' } },
      { id: 'mood.q1', kind: 'scale', text: { en: 'Low?' }, options: [{ value: 0, text: { en: 'No' } }, { value: 1, text: { en: 'Yes' } }] },
`;
const footer = (rest = '') => `    ],
  }],
  scores: [{ id: 'mood', title: { en: 'Mood' }, section: 'use', items: ['mood.q1'], bands: [{ min: 0, max: 1, label: { en: 'Any' } }], cutoffs: [{ gte: 1, label: { en: '1+' } }] }],${rest}
});
`;
/** A definition whose marked line (the last item, or a rule) holds the mistake. */
const item = (line: string) => `${header}      ${line} // <- here\n${footer()}`;
const rule = (line: string) => `${header}${footer(`\n  rules: [${line}], // <- here`)}`;

const cases = {
  unknownItem: item(`{ id: 'use.naloxone', kind: 'boolean', text: { en: 'Naloxone?' }, when: { item: 'use.rout', eq: 'injection' } },`),
  unknownOption: item(`{ id: 'use.naloxone', kind: 'boolean', text: { en: 'Naloxone?' }, when: { item: 'use.route', eq: 'injectoin' } },`),
  nested: item(
    `{ id: 'use.naloxone', kind: 'boolean', text: { en: 'Naloxone?' }, when: { all: [{ answered: 'use.days' }, { not: { any: [{ declined: 'use.ruote' }] } }] } },`,
  ),
  wrongOperator: item(`{ id: 'use.naloxone', kind: 'boolean', text: { en: 'Naloxone?' }, when: { item: 'use.route', includes: 'injection' } },`),
  wrongKind: item(`{ id: 'use.naloxone', kind: 'boolean', text: { en: 'Naloxone?' }, when: { item: 'use.days', eq: 'many' } },`),
  unknownScore: item(`{ id: 'use.naloxone', kind: 'boolean', text: { en: 'Naloxone?' }, when: { positive: 'moood' } },`),
  optionsFrom: item(
    `{ id: 'use.main', kind: 'single', text: { en: 'Main?' }, options: [{ value: 'smoking', text: { en: 'Smoking' } }], optionsFrom: 'use.rout' },`,
  ),
  ruleEvidence: rule(`{ id: 'r', when: { item: 'mood.q1', gte: 1 }, domain: 'safety', finding: { en: 'Low.' }, evidence: ['use.rout'] }`),
  valid: item(
    `{ id: 'use.naloxone', kind: 'boolean', text: { en: 'Naloxone?' }, when: { all: [{ item: 'use.route', in: ['injection'] }, { item: 'mood.q1', gte: 1 }, { positive: 'mood' }] } },`,
  ),
} as const;

type Name = keyof typeof cases;
const file = (name: Name) => join(here, `__definition-error-${name}.ts`);
let diagnostics: Record<Name, { line: number; message: string }[]>;

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const options = config?.options ?? {};
  const sources = new Map(Object.keys(cases).map((name) => [file(name as Name), cases[name as Name]]));
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (path) => sources.get(path) ?? read(path);
  host.fileExists = (path) => sources.has(path) || exists(path);
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (path, language, ...rest) => {
    const text = sources.get(path);
    return text === undefined ? getSource(path, language, ...rest) : ts.createSourceFile(path, text, language);
  };
  const program = ts.createProgram({ rootNames: [...sources.keys()], options: { ...options, noEmit: true }, host });
  diagnostics = Object.fromEntries(
    (Object.keys(cases) as Name[]).map((name) => {
      const source = program.getSourceFile(file(name));
      const found = source ? program.getSemanticDiagnostics(source) : [];
      return [
        name,
        found.map((d) => ({
          line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1,
          message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
        })),
      ];
    }),
  ) as typeof diagnostics;
}, 120_000);

/** The line (0-based) marked `// <- here` in a case. */
const marked = (name: Name) => cases[name].split('\n').findIndex((l) => l.includes('// <- here'));

function expectOneError(name: Name, text: string): void {
  const found = diagnostics[name];
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const [error] = found as [{ line: number; message: string }];
  expect(error.message).toContain(text);
  // Reported at the mistake, not at `sections:`.
  expect(error.line).toBe(marked(name));
  // A few lines a person reads, not kilobytes of the definition's type.
  expect(error.message.length).toBeLessThan(500);
}

describe('a mistake in a definition, as a compile error', () => {
  it('accepts a valid definition', () => {
    expect(diagnostics.valid).toEqual([]);
    expect(dirname(file('valid'))).toBe(here);
  });

  it('names an unknown item id and suggests the nearest real one', () => {
    expectOneError('unknownItem', "Unknown item 'use.rout'. Did you mean 'use.route'?");
  });

  it('names an option value the item does not have and suggests the nearest', () => {
    expectOneError('unknownOption', "Item 'use.route' has no option 'injectoin'. Did you mean 'injection'?");
  });

  it('finds a typo nested in all / not / any', () => {
    expectOneError('nested', "Unknown item 'use.ruote'. Did you mean 'use.route'?");
  });

  it('says which operators fit the item kind', () => {
    expectOneError('wrongOperator', "Item 'use.route' is a single item: includes is for multi-choice items; use eq, ne or in.");
    expectOneError('wrongKind', "Item 'use.days' is a number: compare it with a number.");
  });

  it('names an unknown score', () => {
    expectOneError('unknownScore', "Unknown score 'moood'. Did you mean 'mood'?");
  });

  it('names an unknown item in an optionsFrom', () => {
    expectOneError('optionsFrom', "Unknown item 'use.rout'. Did you mean 'use.route'?");
  });

  it('names an unknown item in a rule’s evidence', () => {
    expectOneError('ruleEvidence', "Unknown item 'use.rout'. Did you mean 'use.route'?");
  });
});
