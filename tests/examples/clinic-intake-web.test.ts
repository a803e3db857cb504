import { afterEach, describe, expect, it, vi } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { LIBRARY_LOCALES } from '../../src/locale/resolve-locale.js';
import type { LocalizedText } from '../../src/definition/text.js';
import { followUpCheckIn } from '../../examples/clinic-intake-web/src/follow-up-check-in.js';
import { INBOX_KEY, receivedMessages, sendToClinic } from '../../examples/clinic-intake-web/src/inbox.js';
import { LANGUAGE_NAMES, offeredLocales, PAGE_WORDING, startLocale } from '../../examples/clinic-intake-web/src/page-wording.js';
import { defineQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { MemoryStorage } from '../web/memory-storage.js';

// The page imports the package by name, which resolves to the built dist/;
// these tests run it on the sources instead, so they need no build.
vi.mock('intake-screening', () => import('../../src/index.js'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the person’s page: its own words and its languages', () => {
  it('words each of its few phrases in every language the library words, with no placeholder', () => {
    const problems = Object.entries<LocalizedText>(PAGE_WORDING).flatMap(([key, text]) =>
      LIBRARY_LOCALES.flatMap((locale) => {
        const phrase = text[locale];
        if (phrase === undefined || phrase.trim() === '') return [`${key}: no ${locale}`];
        return /\{/.test(phrase) ? [`${key}: placeholder in ${locale}`] : [];
      }),
    );
    expect(problems).toEqual([]);
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LIBRARY_LOCALES].sort());
  });

  it('offers the languages a questionnaire is translated into that the library words; none but English for an English-only one', () => {
    expect(offeredLocales(briefScreen)).toEqual(['en', 'es']);
    expect(offeredLocales(followUpCheckIn)).toEqual(['en', 'es']);
    expect(offeredLocales(substanceUseIntake)).toEqual(['en', 'es']);
    const englishOnly = defineQuestionnaire({
      id: 'english-only',
      version: '1.0.0',
      title: { en: 'English only' },
      sections: [
        {
          id: 's',
          title: { en: 'S' },
          instrument: { kind: 'descriptive', name: 'Check-in', note: { en: 'Not a validated instrument.' } },
          items: [{ id: 's.q', kind: 'boolean', text: { en: 'Q?', es: '¿P?' } }],
        },
      ],
    });
    expect(offeredLocales(englishOnly)).toEqual(['en']);
  });

  it('starts in the language chosen earlier, else the browser’s first offered one (es-MX reads Spanish), else English', () => {
    expect(startLocale(briefScreen, 'es', ['en-US'])).toBe('es');
    expect(startLocale(briefScreen, null, ['fr-FR', 'es-MX', 'en-US'])).toBe('es');
    expect(startLocale(briefScreen, null, ['fr-FR'])).toBe('en');
    // A stored choice the page does not offer (or a damaged one) is not taken.
    expect(startLocale(briefScreen, 'vi', ['en-US'])).toBe('en');
    expect(startLocale(briefScreen, 'not a tag!', ['es'])).toBe('es');
  });
});

describe('the example’s stand-in for the clinic’s server', () => {
  const storage = () => {
    const kept = new MemoryStorage();
    vi.stubGlobal('localStorage', kept);
    return kept;
  };

  it('keeps every message in the order sent, with its time of receipt', () => {
    storage();
    expect(receivedMessages()).toEqual([]);
    sendToClinic({ kind: 'intake', summary: { a: 1 }, snapshot: { b: 2 } });
    sendToClinic({ kind: 'unrestored', stored: '{not json' });
    const messages = receivedMessages();
    expect(messages.map((m) => m.kind)).toEqual(['intake', 'unrestored']);
    expect(messages[0]).toMatchObject({ summary: { a: 1 }, snapshot: { b: 2 } });
    expect(messages[1]).toMatchObject({ stored: '{not json' });
    for (const m of messages) expect(Number.isNaN(Date.parse(m.receivedAt))).toBe(false);
  });

  it('never drops a damaged inbox: it is read as one message holding its text, and kept when the next one arrives', () => {
    const kept = storage();
    kept.setItem(INBOX_KEY, '{damaged');
    expect(receivedMessages()).toEqual([{ kind: 'unrestored', receivedAt: '', stored: '{damaged' }]);
    sendToClinic({ kind: 'intake', summary: {}, snapshot: {} });
    expect(receivedMessages().map((m) => (m.kind === 'unrestored' ? m.stored : m.kind))).toEqual(['{damaged', 'intake']);
  });
});
