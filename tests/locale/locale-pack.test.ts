import { createActor } from 'xstate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { es } from '../../src/locales/es.js';
import type { LocalePack } from '../../src/summary/register-locale.js';
import type * as CoreEntry from '../../src/index.js';
import type * as QuestionnairesEntry from '../../questionnaires/index.js';

// Every other test file runs with the Spanish pack registered (tests/support/register-locales.ts). These tests import
// the library again in a fresh module graph, as a host that registered nothing, and register the pack there.
type Core = typeof CoreEntry;
type Questionnaires = typeof QuestionnairesEntry;

let core: Core;
let bundled: Questionnaires;

beforeEach(async () => {
  vi.resetModules();
  core = await import('../../src/index.js');
  bundled = await import('../../questionnaires/index.js');
});

/** The issues a call threw, as `[code, path, details]`. */
function thrown(call: () => unknown): unknown[] {
  try {
    call();
  } catch (error) {
    if (error instanceof core.QuestionnaireError) return error.issues.map((i) => [i.code, i.path, 'locale' in i ? i.locale : undefined]);
    throw error;
  }
  throw new Error('did not throw');
}

/** Every string of a pack, with its path. */
function strings(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  return Object.entries(value as object).flatMap(([k, v]) => strings(v, [...path, k]));
}

describe('without the Spanish pack', () => {
  it('asking for Spanish (or a Spanish region) is a locale-unavailable issue at ["locale"], never English in its place', () => {
    for (const tag of ['es', 'es-MX', 'es-419']) {
      const resolved = core.resolveLocale(bundled.briefScreen, tag);
      expect(resolved.success, tag).toBe(false);
      if (!resolved.success) {
        expect(resolved.issues.map((i) => [i.code, i.path, 'locale' in i ? i.locale : undefined])).toEqual([['locale-unavailable', ['locale'], 'es']]);
        expect(resolved.issues[0]?.message).toContain('intake-screening/locales/es');
      }
    }
    // The questionnaire's own Spanish does not stand in for the library's: the summary's phrases would be English.
    expect(bundled.briefScreen.locales).toContain('es');
  });

  it('summarize, safeSummarize, renderSummary, formatIssue and the flow refuse Spanish with that issue under ["options"]', () => {
    const { summarize, safeSummarize, renderSummary, formatIssue, createIntakeMachine } = core;
    const refused = [['locale-unavailable', ['options', 'locale'], 'es']];
    expect(thrown(() => summarize(bundled.briefScreen, {}, { locale: 'es' }))).toEqual(refused);
    const safe = safeSummarize(bundled.briefScreen, {}, { locale: 'es-MX' });
    expect(safe.success).toBe(false);
    const english = summarize(bundled.briefScreen, { 'asq.q1': 1 });
    expect(thrown(() => renderSummary(english, { format: 'text', audience: 'clinician', locale: 'es' }))).toEqual(refused);
    // A summary recorded in Spanish (made where the pack was registered) is not rendered with English headings either.
    expect(thrown(() => renderSummary({ ...english, locale: 'es' }, { format: 'text', audience: 'patient' }))).toEqual(refused);
    const required = { code: 'required', path: ['asq.q1'], itemId: 'asq.q1', preferNotToAnswer: false, message: 'Answer "asq.q1".' } as const;
    expect(thrown(() => formatIssue(required, { locale: 'es' }))).toEqual(refused);
    const errored = createActor(createIntakeMachine(bundled.briefScreen), { input: { locale: 'es' } }).getSnapshot();
    expect(errored.status).toBe('error');
    expect((errored.error as InstanceType<Core['QuestionnaireError']>).issues.map((i) => [i.code, i.path])).toEqual([
      ['locale-unavailable', ['options', 'locale']],
    ]);
  });

  it('keeps English and the other languages as before: English built in, a language with no pack reads the questionnaire, then English', () => {
    const { summarize, resolveLocale, formatIssue } = core;
    expect(summarize(bundled.briefScreen, {}).disclaimer).toBe(core.PHRASES.summary.disclaimer.en);
    expect(resolveLocale(bundled.briefScreen, 'vi')).toEqual({ success: true, data: { locale: 'en', translated: true } });
    expect(summarize(bundled.briefScreen, {}, { locale: 'fr' }).locale).toBe('en');
    const required = { code: 'required', path: ['x'], itemId: 'x', preferNotToAnswer: false, message: 'Answer "x".' } as const;
    expect(formatIssue(required, { locale: 'fr' })).toBe(core.ISSUE_MESSAGES.required.en);
    expect(formatIssue(required, { locale: 'es', audience: 'developer' })).toBe('Answer "x".');
  });
});

describe('registerLocale', () => {
  it('makes Spanish available everywhere at once: summary, rendering, issue messages, the flow', () => {
    const { registerLocale, summarize, renderSummary, formatIssue, createIntakeMachine, resolveLocale } = core;
    expect(registerLocale(es)).toEqual({ success: true, data: { locale: 'es' } });
    expect(resolveLocale(bundled.briefScreen, 'es-MX')).toEqual({ success: true, data: { locale: 'es', translated: true } });
    const summary = summarize(bundled.briefScreen, { 'asq.q1': 1 }, { locale: 'es' });
    expect(summary.disclaimer).toBe(es.phrases.summary.disclaimer);
    expect(renderSummary(summary, { format: 'text', audience: 'patient' })).toContain(es.phrases.patient.next);
    const required = { code: 'required', path: ['x'], itemId: 'x', preferNotToAnswer: false, message: 'Answer "x".' } as const;
    expect(formatIssue(required, { locale: 'es-MX' })).toBe(es.phrases.issueMessages.required);
    const flow = createActor(createIntakeMachine(bundled.briefScreen), { input: { locale: 'es' } }).start();
    expect(flow.getSnapshot().status).toBe('active');
    expect(flow.getSnapshot().context.locale).toBe('es');
  });

  it('registers a copy: changing the pack object afterwards changes no wording', () => {
    const pack = structuredClone(es) as { phrases: { summary: { disclaimer: string } } } & LocalePack;
    expect(core.registerLocale(pack).success).toBe(true);
    pack.phrases.summary.disclaimer = 'Cambiado después';
    expect(core.summarize(bundled.briefScreen, {}, { locale: 'es' }).disclaimer).toBe(es.phrases.summary.disclaimer);
  });

  it('refuses a malformed pack with an issue per problem and registers nothing', () => {
    const { registerLocale, resolveLocale } = core;
    const broken = structuredClone(es) as unknown as { phrases: Record<string, Record<string, unknown>> };
    delete broken.phrases['urgencyLabels']?.['urgent'];
    (broken.phrases['clinician'] as Record<string, unknown>)['score'] = 'Puntuación {value}';
    (broken.phrases['summary'] as Record<string, unknown>)['disclaimer'] = '   ';
    const result = registerLocale(broken as unknown as LocalePack);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.map((i) => [i.code, i.path.join('.')]).sort()).toEqual([
        ['missing-translation', 'pack.phrases.clinician.score'],
        ['missing-translation', 'pack.phrases.summary.disclaimer'],
        ['missing-translation', 'pack.phrases.urgencyLabels.urgent'],
      ]);
    expect(resolveLocale(undefined, 'es').success).toBe(false);
    for (const bad of [null, {}, { locale: 'en', phrases: es.phrases }, { locale: 'Spanish', phrases: es.phrases }, { locale: 'es', phrases: 'no' }]) {
      const refused = registerLocale(bad as unknown as LocalePack);
      expect(refused.success, JSON.stringify(bad)?.slice(0, 40)).toBe(false);
      if (!refused.success) expect(refused.issues[0]?.code).toBe('wrong-type');
    }
    expect(resolveLocale(undefined, 'es').success).toBe(false);
  });

  it('lets a host add a language the library has no pack for (here a copy of Spanish as "ca")', () => {
    const { registerLocale, resolveLocale, summarize } = core;
    expect(resolveLocale(undefined, 'ca')).toEqual({ success: true, data: { locale: 'en', translated: true } });
    expect(registerLocale({ ...es, locale: 'ca' }).success).toBe(true);
    expect(resolveLocale(undefined, 'ca')).toEqual({ success: true, data: { locale: 'ca', translated: false } });
    expect(summarize(bundled.briefScreen, {}, { locale: 'ca' }).disclaimer).toBe(es.phrases.summary.disclaimer);
    // Spanish itself is still missing: registering another language does not stand in for it.
    expect(resolveLocale(undefined, 'es').success).toBe(false);
  });
});

describe('the Spanish pack', () => {
  it('words every phrase of every table, keeping its placeholders (checked by registering it)', () => {
    expect(core.registerLocale(es)).toEqual({ success: true, data: { locale: 'es' } });
    expect(strings(es.phrases).length).toBeGreaterThan(200);
  });

  it('passes the language guard in every string', () => {
    const hits = strings(es.phrases).flatMap(([path, s]) => findGuardedPhrases(s).map((h) => `${path}: ${h.phrase}`));
    expect(hits).toEqual([]);
  });

  it('is all the Spanish the core holds: no phrase table has a language but English', () => {
    const other = Object.entries({ ...core.PHRASES, issueMessages: core.ISSUE_MESSAGES }).flatMap(([name, table]) =>
      Object.entries(table).flatMap(([key, text]) =>
        Object.keys(text as object)
          .filter((k) => k !== 'en')
          .map((k) => `${name}.${key}.${k}`),
      ),
    );
    const asam = Object.values(core.ASAM_DIMENSION_NAMES).flatMap((d) =>
      [d.third.name, d.fourth.name].flatMap((n) => Object.keys(n).filter((k) => k !== 'en')),
    );
    expect([...other, ...asam]).toEqual([]);
  });
});

describe('hosts that offer Spanish register the pack themselves', () => {
  it('the React entry and <intake-form> register it when they resolve a locale, keeping a pack the host registered first', async () => {
    const { intakeLocale } = await import('../../src/react/intake-state.js');
    expect(intakeLocale(bundled.briefScreen, 'es')).toBe('es');
    expect(core.resolveLocale(undefined, 'es').success).toBe(true);
    const mine = structuredClone(es) as { phrases: { summary: { disclaimer: string } } } & LocalePack;
    mine.phrases.summary.disclaimer = 'Resumen de la clínica: no es un diagnóstico.';
    vi.resetModules();
    core = await import('../../src/index.js');
    bundled = await import('../../questionnaires/index.js');
    expect(core.registerLocale(mine).success).toBe(true);
    const { ensureLibraryLocales } = await import('../../src/web/library-locales.js');
    ensureLibraryLocales();
    expect(core.summarize(bundled.briefScreen, {}, { locale: 'es' }).disclaimer).toBe('Resumen de la clínica: no es un diagnóstico.');
  });
});
