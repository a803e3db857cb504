import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { resolveAnswers } from '../../src/definition/resolve-answers.js';
import { QuestionnaireError } from '../../src/issues/QuestionnaireError.js';

const def = {
  id: 'demo', version: '1.0.0', title: { en: 'Demo' },
  sections: [{ id: 'use', title: { en: 'Use' }, instrument: { kind: 'descriptive', name: 'Use' }, items: [
    { id: 'use.route', kind: 'single', text: { en: 'How?' }, options: [{ value: 'smoking', text: { en: 'Smoking' } }, { value: 'injection', text: { en: 'Injection' } }] },
    { id: 'use.naloxone', kind: 'boolean', text: { en: 'Naloxone?' }, when: { item: 'use.route', eq: 'injection' } },
  ] }],
};

describe('smoke', () => {
  it('parses and resolves', () => {
    const q = parseQuestionnaire(def);
    const r = resolveAnswers(q, { 'use.route': 'smoking', 'use.naloxone': true, nope: 1 });
    expect(r.answers).toEqual({ 'use.route': 'smoking' });
    expect(r.hidden).toEqual(['use.naloxone']);
    expect(r.issues.map((i) => i.code)).toEqual(['unknown-item']);
  });
  it('rejects forward refs', () => {
    const bad = structuredClone(def);
    (bad.sections[0]!.items[0] as Record<string, unknown>).when = { item: 'use.naloxone', eq: true };
    expect(() => parseQuestionnaire(bad)).toThrow(QuestionnaireError);
  });
});
