import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../src/definition/types.js';
import { bundledQuestionnaires } from '../../questionnaires/index.js';

// What the person answering reads as they go: section titles and descriptions, item texts, help and option
// labels. The instrument (name, title, citation) is for staff: the clinician view and the exports. (A standalone
// instrument's own title, "Patient Health Questionnaire-9 (PHQ-9)", is the published form's heading.)
function personText(q: Questionnaire): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  const add = (where: string, t: { readonly [locale: string]: string | undefined } | undefined) => {
    for (const [locale, text] of Object.entries(t ?? {})) if (text !== undefined) texts.push({ where: `${where} (${locale})`, text });
  };
  for (const s of q.sections) {
    add(`${s.id} title`, s.title);
    add(`${s.id} description`, s.description);
    for (const item of s.items) {
      add(item.id, item.text);
      add(`${item.id} help`, item.help);
      if ('options' in item) for (const o of item.options) add(`${item.id} option ${o.value}`, o.text);
    }
  }
  return texts;
}

const INSTRUMENT_LABEL = /\b(PHQ-?\d|GAD-?\d|TAPS(-\d)?|ASQ|AUDIT(-C)?|PC-PTSD-?5)\b/;

describe.each(Object.entries(bundledQuestionnaires))('%s, as the person reads it', (_id, q: Questionnaire) => {
  it('names no instrument: those labels are for staff', () => {
    expect(personText(q).filter((t) => INSTRUMENT_LABEL.test(t.text))).toEqual([]);
  });
});

describe.each([bundledQuestionnaires['substance-use-intake'], bundledQuestionnaires['brief-screen']])('the introduction of $id', (q: Questionnaire) => {
  const intro = q.sections[0]?.items.map((i) => i.text.en).join(' ') ?? '';

  it('does not promise that any question can be skipped', () => {
    expect(intro).not.toMatch(/skip any question/i);
  });

  it('names exactly the questions that take neither a skip nor "Prefer not to answer": the mood and worry ones', () => {
    expect(intro).toContain('the questions about your mood and about worry need one of their answers');
    const strict = q.sections.filter((s) => s.items.some((i) => i.kind !== 'display' && i.required === true && i.preferNotToAnswer !== true));
    // Change the introduction's sentence when this list changes.
    expect(strict.map((s) => s.title.en)).toEqual(['Mood over the last 2 weeks', 'Worry and anxiety over the last 2 weeks']);
  });
});
