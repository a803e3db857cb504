import { describe, expect, it } from 'vitest';
import { LIBRARY_LOCALES } from '../../src/locale/resolve-locale.js';
import { briefScreen } from '../../questionnaires/index.js';
import { wording } from '../../src/web/wording.js';
import type { Item } from '../../src/definition/item.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';

describe('intake-screening/web in Node', () => {
  it('imports without touching a browser global and registers nothing on import', async () => {
    expect(typeof (globalThis as { HTMLElement?: unknown }).HTMLElement).toBe('undefined');
    const web = await import('../../src/web/index.js');
    expect(typeof web.defineIntakeForm).toBe('function');
    expect(typeof web.webStorageStore).toBe('function');
  });

  it('defineIntakeForm returns the element already registered under a tag instead of defining it twice', async () => {
    const { defineIntakeForm } = await import('../../src/web/index.js');
    const existing = class {};
    const defined: string[] = [];
    const registry = { get: (name: string) => (name === 'intake-form' ? existing : undefined), define: (name: string) => void defined.push(name) };
    expect(defineIntakeForm('intake-form', registry as unknown as CustomElementRegistry)).toBe(existing);
    expect(defined).toEqual([]);
  });
});

describe('the form wording', () => {
  it('covers the library languages', () => {
    expect(LIBRARY_LOCALES).toEqual(['en', 'es']);
  });

  it('words answers as the person chose them, in their language', () => {
    const w = wording('es-MX');
    const items: readonly Item[] = (briefScreen as QuestionnaireInput).sections.flatMap((s) => s.items);
    const sex = items.find((i) => i.id === 'auditc.sex');
    const age = items.find((i) => i.id === 'about.age');
    const withdrawal = items.find((i) => i.id === 'withdrawal.screen');
    if (!sex || !age || !withdrawal || withdrawal.kind !== 'multi' || sex.kind !== 'single') throw new Error('brief screen items moved');
    expect(w.answerText(sex, 'female')).toBe(sex.options.find((o) => o.value === 'female')?.text.es);
    expect(w.answerText(sex, 'prefer-not-to-answer')).toBe('Prefiero no responder');
    expect(w.answerText(withdrawal, ['no'])).toBe(withdrawal.options.find((o) => o.value === 'no')?.text.es);
    expect(w.t('progress', { section: 2, sections: 9 })).toBe('Sección 2 de 9');
    expect(w.inputHint({ id: 'd', kind: 'date', text: { en: 'When?' }, min: '2024-01-01', max: '2024-12-31' })).toBe(
      'Una fecha entre el 1 de enero de 2024 y el 31 de diciembre de 2024.',
    );
    expect(wording('fr').t('next')).toBe('Next');
  });
});
