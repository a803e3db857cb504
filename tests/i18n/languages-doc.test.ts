import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, ROOT } from './helpers.js';

const guide = readFileSync(join(ROOT, 'docs/defining-questionnaires.md'), 'utf8');
const section = guide.slice(guide.indexOf('## Languages'), guide.indexOf('\n## ', guide.indexOf('## Languages') + 3));

/** The provenance table of the Languages section: instrument names → what it says of their Spanish. */
const rows = new Map(
  section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| instrument') && !line.startsWith('|---'))
    .flatMap((line) => {
      const [names = '', wording = ''] = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
      return names.split(', ').map((name) => [name, wording] as const);
    }),
);

/** Every validated instrument bundled, once, with its note on the Spanish wording. */
const instruments = new Map(
  BUNDLED.flatMap(([, q]) => q.sections.map((s) => s.instrument)).flatMap((i) => (i.kind === 'validated' ? [[i.name, i.translations?.['es']] as const] : [])),
);

describe('the Languages guide section', () => {
  it('exists, with the fallback rule and how to add a language', () => {
    expect(section).toMatch(/es-MX.*→\s+`es`/s);
    expect(section).toContain('How a clinic adds a language');
  });

  it('names where the Spanish of every bundled validated instrument comes from, as its definition says', () => {
    expect(instruments.size).toBeGreaterThanOrEqual(6);
    for (const [name, note] of instruments) {
      expect(note, `${name} has no translations.es`).toBeTruthy();
      const row = rows.get(name);
      expect(row, `no row for ${name}`).toBeDefined();
      // The definitions flag the project's own translations in the same words; the guide must not call them official.
      const ours = (note ?? '').startsWith('Spanish wording by the intake-screening project');
      expect(row?.startsWith('Project translation'), name).toBe(ours);
      if (!ours) expect(row, name).toMatch(/official/i);
    }
  });

  it('lists no instrument that is not bundled', () => {
    expect([...rows.keys()].filter((name) => name !== 'descriptive modules' && !instruments.has(name))).toEqual([]);
  });
});
