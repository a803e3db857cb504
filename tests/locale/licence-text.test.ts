import { describe, expect, it } from 'vitest';
import { toFhirQuestionnaire } from '../../src/fhir/index.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { asq, phq9, substanceUseIntake } from '../../questionnaires/index.js';

describe('licence text in the summary’s language', () => {
  it('the Spanish clinician view prints each bundled licence in Spanish ("Licencia: Developed by…" no more)', () => {
    const summary = summarize(substanceUseIntake, { 'phq9.q1': 1 }, { locale: 'es' });
    const sources = summary.instruments.flatMap((r) => (r.source === null ? [] : [r.source]));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(source.licence).not.toMatch(/\b(Developed|public domain|No permission)\b/);
    const text = renderSummary(summary, { format: 'text', audience: 'clinician' });
    expect(text).toContain('Licencia: Copyright © Pfizer Inc. Desarrollado por');
    expect(text).not.toMatch(/Licencia: (Developed|Copyright © Pfizer Inc\. Developed|As a WHO)/);
  });

  it('keeps English in the English summary and in the FHIR copyright, with the Spanish as its translation', () => {
    const english = summarize(asq, {});
    expect(english.instruments[0]?.source?.licence).toMatch(/^Developed by the National Institute of Mental Health/);
    const questionnaire = toFhirQuestionnaire(phq9).resource;
    expect(questionnaire.copyright).toMatch(/^Copyright © Pfizer Inc\. Developed by/);
    expect(JSON.stringify(questionnaire._copyright)).toContain('Desarrollado por los Dres.');
  });
});
