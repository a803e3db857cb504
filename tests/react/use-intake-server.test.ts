import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { asq, briefScreen } from '../../questionnaires/index.js';
import { IntakeForm } from '../../src/react/intake-form.js';
import { useIntake, type UseIntakeOptions, type UseIntakeResult } from '../../src/react/use-intake.js';
import { webStorageStore } from '../../src/web/intake-store.js';
import { MemoryStorage } from '../web/memory-storage.js';

// react-dom/server runs a component once, with no DOM: enough to check what the hook starts from.
function first<Q extends typeof asq | typeof briefScreen>(q: Q, options: UseIntakeOptions): UseIntakeResult<Q> {
  let result: UseIntakeResult<Q> | undefined;
  function Probe(): ReactElement {
    result = useIntake(q, options);
    return h('p', null, result.state.status);
  }
  renderToString(h(Probe));
  if (result === undefined) throw new Error('the component did not render');
  return result;
}

describe('useIntake on the first render (react-dom/server, in Node)', () => {
  it('starts a fresh intake with nothing answered, and keeps nothing when there is no browser storage', () => {
    expect(typeof window).toBe('undefined');
    const intake = first(asq, {});
    expect(intake.restore).toEqual({ kind: 'fresh' });
    expect(intake.state.items.map((i) => i.answer)).toEqual([undefined, undefined, undefined, undefined]);
    expect(intake.summary).toBeUndefined();
    expect(intake.patientView).toBeUndefined();
  });

  it('resumes from the store where the person was, in the locale asked for', () => {
    const storage = new MemoryStorage();
    const store = webStorageStore('k', storage);
    const earlier = first(briefScreen, { store });
    earlier.next();
    earlier.answer('about.age', 40);
    expect(JSON.parse(storage.getItem('k') ?? 'null').context.answerEntries).toEqual([['about.age', 40]]);

    const later = first(briefScreen, { store, locale: 'es' });
    expect(later.restore).toEqual({ kind: 'resumed', dropped: [] });
    expect(later.locale).toBe('es');
    expect(later.state.progress.section).toBe(2);
    expect(later.state.items.find((i) => i.id === 'about.age')?.answer).toBe(40);
  });

  it('sets a stored intake it cannot resume aside, never dropping it, and reports it', () => {
    const storage = new MemoryStorage();
    const stored = { status: 'active', context: { questionnaireId: 'another-form' } };
    storage.setItem('k', JSON.stringify(stored));
    const intake = first(asq, { store: webStorageStore('k', storage) });
    expect(intake.restore).toMatchObject({ kind: 'refused', stored });
    expect(intake.restore.kind === 'refused' && intake.restore.issues[0]?.code).toBe('snapshot-foreign');
    expect(JSON.parse(storage.getItem('k:unrestored') ?? '[]')).toEqual([stored]);
    expect(intake.state.status).toBe('answering');
  });

  it('gives the summary and the person’s view of it once the answers are sent', () => {
    const storage = new MemoryStorage();
    const store = webStorageStore('k', storage);
    const intake = first(asq, { store });
    for (const id of ['asq.q1', 'asq.q2', 'asq.q3', 'asq.q4'] as const) intake.answer(id, 0);
    expect(intake.next()).toBe(true);
    intake.submit();
    const done = first(asq, { store });
    expect(done.state.status).toBe('completed');
    expect(done.summary?.urgency.level).toBe('routine');
    expect(done.patientView).toEqual({ topics: expect.any(Array), setting: expect.any(Array), referrals: expect.any(Array) });
  });

  it('<IntakeForm> renders the bare element on the server, touching no browser global', () => {
    const html = renderToString(h(IntakeForm, { questionnaire: briefScreen, locale: 'es', className: 'intake' }));
    expect(html).toBe('<intake-form locale="es" class="intake"></intake-form>');
  });
});
