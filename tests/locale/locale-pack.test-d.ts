import { describe, expectTypeOf, it } from 'vitest';
import { es } from '../../src/locales/es.js';
import type { IssueOf } from '../../src/issues/issue.js';
import type { PHRASES } from '../../src/summary/phrases.js';
import { registerLocale, type LocalePack, type Translated } from '../../src/summary/register-locale.js';
import type { SafeResult } from '../../src/issues/safe-result.js';

describe('locale packs', () => {
  it('the Spanish pack is a LocalePack: every table, every phrase, as strings', () => {
    expectTypeOf(es).toEqualTypeOf<LocalePack>();
    expectTypeOf(es.phrases.urgencyLabels.priority).toEqualTypeOf<string>();
    expectTypeOf(es.phrases.issueMessages.required).toEqualTypeOf<string>();
    expectTypeOf(es.phrases.asamDimensions.biomedical.fourth.name).toEqualTypeOf<string>();
    expectTypeOf(registerLocale).returns.toEqualTypeOf<SafeResult<{ readonly locale: string }>>();
  });

  it('a pack that leaves out a phrase, or a table, does not compile', () => {
    const { urgent: _urgent, ...labels } = es.phrases.urgencyLabels;
    // @ts-expect-error urgencyLabels.urgent is missing
    const missingPhrase: LocalePack = { locale: 'xx', phrases: { ...es.phrases, urgencyLabels: labels } };
    const { clinician: _clinician, ...tables } = es.phrases;
    // @ts-expect-error the clinician table is missing
    const missingTable: LocalePack = { locale: 'xx', phrases: tables };
    void missingPhrase;
    void missingTable;
  });

  it('Translated keeps a table’s keys and drops what is not wording', () => {
    expectTypeOf<keyof Translated<typeof PHRASES.urgencyLabels>>().toEqualTypeOf<'emergency' | 'urgent' | 'priority' | 'routine'>();
    expectTypeOf<Translated<{ readonly n: 1; readonly name: { readonly en: 'A' } }>>().toEqualTypeOf<{ readonly name: string }>();
  });

  it('a missing pack is an issue with the language it needs', () => {
    expectTypeOf<IssueOf<'locale-unavailable'>['locale']>().toEqualTypeOf<string>();
  });
});
