import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledQuestionnaireInfo } from '../../questionnaires/index.js';
import { CATALOGUE_FILE, catalogueMarkdown, conditionText, END, START, withFreshCatalogue } from './catalogue.js';

describe('docs/instruments.md', () => {
  it('holds the catalogue generated from the bundled definitions (regenerate: npx jiti tests/docs/write-catalogue.ts)', () => {
    const page = readFileSync(CATALOGUE_FILE, 'utf8');
    expect(page).toContain(START);
    expect(page).toContain(END);
    // Compared as a whole so the diff shows the stale rows.
    expect(page).toBe(withFreshCatalogue(page));
  });

  it('lists every bundled validated instrument with its licence and source, and every descriptive module', () => {
    const catalogue = catalogueMarkdown();
    for (const q of bundledQuestionnaireInfo) {
      for (const i of q.instruments) {
        expect(catalogue).toContain(`**${i.name}**<br>`);
        expect(catalogue).toContain(`#### ${i.name}\n`);
        expect(catalogue).toContain(i.licence);
        expect(catalogue).toContain(i.citation.slice(0, 60));
      }
      for (const name of q.descriptive) expect(catalogue).toContain(`| **${name}** |`);
    }
  });

  it('shows the published scoring facts of the instruments', () => {
    const row = (name: string) =>
      catalogueMarkdown()
        .split('\n')
        .find((l) => l.startsWith(`| **${name}**<br>`)) ?? '';
    expect(row('PHQ-9')).toContain('`phq9` 0–27: 0–4 None–minimal; 5–9 Mild; 10–14 Moderate; 15–19 Moderately severe; 20–27 Severe');
    expect(row('PHQ-9')).toContain('panel 44249-1');
    expect(row('GAD-7')).toContain('`gad7` ≥ 10');
    expect(row('AUDIT-C')).toContain('`auditc` ≥ 4 if auditc.sex = male; otherwise ≥ 3');
    expect(row('PC-PTSD-5')).toContain('`pcptsd5` ≥ 3');
    expect(row('CIWA-Ar')).toContain('<br>*clinician-rated*');
    expect(row('CIWA-Ar')).toContain('`ciwaar` 0–67: 0–9 Mild range (ASAM 2020); 10–18 Moderate range (ASAM 2020); 19–67 Severe range (ASAM 2020)');
    expect(row('PHQ-9')).not.toContain('clinician-rated');
  });

  it('names the rater and the urgency rules an instrument brings, with their conditions', () => {
    const details =
      catalogueMarkdown()
        .split('#### ')
        .find((d) => d.startsWith('CIWA-Ar\n')) ?? '';
    expect(details).toContain('- **Rated by:** a clinician.');
    expect(details).toContain('`ciwaar.severe` (emergency: score ciwaar ≥ 19)');
    expect(details).toContain(
      '`ciwaar.complicated-signs` (emergency: (ciwaar.tactile ≥ 4) or (ciwaar.auditory ≥ 4) or (ciwaar.visual ≥ 4) or (ciwaar.orientation ≥ 2))',
    );
  });

  it('words conditions compactly', () => {
    expect(conditionText({ all: [{ item: 'a', in: ['x', 'y'] }, { not: { declined: 'b' } }, { score: 's', lt: 2 }] })).toBe(
      '(a in {x, y}) and (not (b declined)) and (score s < 2)',
    );
    expect(conditionText({ any: [{ positive: 'p' }, { item: 'm', includes: 'v' }, { answered: 'c' }, { item: 'n', ne: 1 }] })).toBe(
      '(p positive) or (m includes v) or (c answered) or (n ≠ 1)',
    );
  });
});
