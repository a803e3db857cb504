import { describe, expect, it } from 'vitest';
import { UI_TEXT } from '../../src/cli/interactive/ui-text.js';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { ISSUE_MESSAGES } from '../../src/locale/issue-messages.js';
import { LIBRARY_LOCALES, resolveLocale } from '../../src/locale/resolve-locale.js';
import { PHRASES } from '../../src/summary/phrases.js';
import { es as esPack } from '../../src/locales/es.js';
import { summarize } from '../../src/summary/summarize.js';
import { briefScreen } from '../../questionnaires/index.js';

/** A questionnaire with some Vietnamese and Mexican Spanish texts, declaring no locale. */
const partial = parseQuestionnaire({
  id: 'partial',
  version: '1.0.0',
  title: { en: 'Check-in', 'es-MX': 'Registro (México)', vi: 'Đăng ký' },
  sections: [
    {
      id: 's',
      title: { en: 'Today' },
      instrument: { kind: 'descriptive', name: 'Today' },
      items: [{ id: 's.ok', kind: 'boolean', text: { en: 'Are you safe today?' } }],
    },
  ],
});

const data = (q: Parameters<typeof resolveLocale>[0], tag: unknown) => {
  const result = resolveLocale(q, tag);
  if (!result.success) throw new Error(`refused ${String(tag)}`);
  return result.data;
};

describe('resolveLocale', () => {
  it('names every language of the library’s own wording: English built in, each published pack, the CLI’s', () => {
    const keys = new Set<string>([esPack.locale]);
    for (const table of [...Object.values(PHRASES), ISSUE_MESSAGES, UI_TEXT])
      for (const text of Object.values(table)) for (const k of Object.keys(text)) keys.add(k);
    expect([...keys].sort()).toEqual([...LIBRARY_LOCALES].sort());
  });

  it('falls back along tag → base language → English, to the first some text has', () => {
    expect(data(briefScreen, 'es-MX')).toEqual({ locale: 'es', translated: true });
    expect(data(briefScreen, 'vi')).toEqual({ locale: 'en', translated: true });
    expect(data(briefScreen, undefined)).toEqual({ locale: 'en', translated: true });
    expect(data(partial, 'es-MX')).toEqual({ locale: 'es-MX', translated: false });
    expect(data(partial, 'vi-VN')).toEqual({ locale: 'vi', translated: false });
    expect(data(undefined, 'es-419')).toEqual({ locale: 'es', translated: false });
  });

  it('says a language is translated only when the questionnaire declares it, so hosts ask in English rather than mix', () => {
    expect(data(partial, 'es').translated).toBe(false);
    expect(data(briefScreen, 'es').translated).toBe(true);
  });

  it('refuses what is not a BCP 47 tag with a wrong-type issue at ["locale"]', () => {
    for (const bad of ['Spanish', '', 'es_MX', 42, null, '__proto__']) {
      const result = resolveLocale(briefScreen, bad);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues.map((i) => [i.code, i.path])).toEqual([['wrong-type', ['locale']]]);
    }
  });

  it('is what summarize records as the summary’s locale, and what its option check reports', () => {
    for (const tag of ['en', 'es', 'es-MX', 'vi', 'fr-CA']) expect(summarize(briefScreen, {}, { locale: tag }).locale).toBe(data(briefScreen, tag).locale);
    expect(() => summarize(briefScreen, {}, { locale: 'Spanish' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'wrong-type', path: ['options', 'locale'] })] }),
    );
  });
});
