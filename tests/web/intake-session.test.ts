import { answersOf } from '../../src/flow/answers-of.js';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/locale/format-issue.js';
import { summarize } from '../../src/summary/summarize.js';
import { asq, briefScreen, gad7 } from '../../questionnaires/index.js';
import { webStorageStore } from '../../src/web/intake-store.js';
import { formLocale, IntakeSession } from '../../src/web/intake-session.js';
import { MemoryStorage } from './memory-storage.js';

const KEY = 'intake-screening/brief-screen';
const fresh = () => {
  const storage = new MemoryStorage();
  return { storage, store: webStorageStore(KEY, storage) };
};

describe('IntakeSession', () => {
  it('starts with no answer at all and saves the snapshot after every step', () => {
    const { storage, store } = fresh();
    const session = new IntakeSession(briefScreen, store, 'en');
    expect(session.restore).toEqual({ kind: 'fresh' });
    expect(answersOf(session.snapshot().context)).toEqual({});
    expect(JSON.parse(storage.getItem(KEY) ?? 'null')).toMatchObject({ context: { answerEntries: [] } });
    expect(session.next()).toBe(true);
    expect(session.answer('about.age', 40)).toBe(true);
    expect(JSON.parse(storage.getItem(KEY) ?? 'null').context.answerEntries).toEqual([['about.age', 40]]);
  });

  it('marks a required question the flow refused at NEXT, worded for the person in their language, and clears it once answered', () => {
    const { store } = fresh();
    const session = new IntakeSession(briefScreen, store, 'es');
    session.next();
    session.answer('about.age', 40);
    expect(session.next()).toBe(false);
    const missing = session.errors.get('auditc.sex');
    expect(missing?.code).toBe('required');
    const message = formatIssue(missing!, { locale: 'es', audience: 'person' });
    expect(message).not.toBe(formatIssue(missing!, { locale: 'en', audience: 'person' }));
    expect(message).not.toContain('auditc.sex');
    expect(session.answer('auditc.sex', 'female')).toBe(true);
    expect(session.errors.has('auditc.sex')).toBe(false);
  });

  it('keeps a refused answer as a draft that stops NEXT until corrected', () => {
    const { store } = fresh();
    const session = new IntakeSession(briefScreen, store, 'en');
    session.next();
    expect(session.answer('about.age', 400)).toBe(false);
    expect(session.errors.get('about.age')?.code).toBe('out-of-range');
    expect(session.drafts.has('about.age')).toBe(true);
    const cursor = session.snapshot().context.cursor;
    expect(session.next()).toBe(false);
    expect(session.snapshot().context.cursor).toBe(cursor);
    session.unreadable('about.age');
    expect(session.errors.get('about.age')).toMatchObject({ code: 'wrong-type', expected: 'number' });
    expect(session.answer('about.age', 40)).toBe(true);
    expect(session.drafts.size).toBe(0);
  });

  it('resumes a stored intake where it stood, in the locale asked for', () => {
    const { storage, store } = fresh();
    const first = new IntakeSession(briefScreen, store, 'en');
    first.next();
    first.answer('about.age', 40);
    first.answer('auditc.sex', 'female');
    first.next();
    const cursor = first.snapshot().context.cursor;
    first.stop();
    const again = new IntakeSession(briefScreen, webStorageStore(KEY, storage), 'es');
    expect(again.restore).toEqual({ kind: 'resumed', dropped: [] });
    expect(again.snapshot().context.cursor).toBe(cursor);
    expect(answersOf(again.snapshot().context)).toEqual({ 'about.age': 40, 'auditc.sex': 'female' });
    expect(again.snapshot().context.locale).toBe('es');
  });

  it('reports a snapshot the flow refuses, sets it aside with its answers, and starts a new intake', () => {
    const { storage, store } = fresh();
    const other = new IntakeSession(gad7, webStorageStore('other', storage), 'en');
    other.answer('gad7.q1', 2);
    const foreign = other.persisted();
    storage.setItem(KEY, JSON.stringify(foreign));
    const session = new IntakeSession(briefScreen, store, 'en');
    expect(session.restore.kind).toBe('refused');
    if (session.restore.kind !== 'refused') return;
    expect(session.restore.issues.map((i) => i.code)).toEqual(['snapshot-foreign']);
    expect(session.restore.stored).toEqual(foreign);
    // Not lost: kept apart, with the answer in it; the new progress is under the key.
    const aside = JSON.parse(storage.getItem(`${KEY}:unrestored`) ?? '[]') as { context: { answerEntries: [string, unknown][] } }[];
    expect(aside.map((s) => answersOf(s.context))).toEqual([{ 'gad7.q1': 2 }]);
    expect(JSON.parse(storage.getItem(KEY) ?? 'null').context.questionnaireId).toBe('brief-screen');
    expect(answersOf(session.snapshot().context)).toEqual({});
  });

  it('reports damaged text too, and keeps it', () => {
    const { storage, store } = fresh();
    storage.setItem(KEY, '{"status":"active","context":{"answers":{"asq.q1"');
    const session = new IntakeSession(briefScreen, store, 'en');
    expect(session.restore).toMatchObject({ kind: 'refused', stored: '{"status":"active","context":{"answers":{"asq.q1"' });
    expect(JSON.parse(storage.getItem(`${KEY}:unrestored`) ?? '[]')).toEqual(['{"status":"active","context":{"answers":{"asq.q1"']);
  });

  it('progress only moves forward: going back keeps the furthest point reached', () => {
    const session = new IntakeSession(gad7, undefined, 'en');
    const brief = new IntakeSession(briefScreen, undefined, 'en');
    expect(brief.progress().value).toBe(0);
    brief.next();
    brief.answer('about.age', 40);
    brief.answer('auditc.sex', 'female');
    brief.next();
    const reached = brief.progress();
    expect(reached.value).toBeGreaterThan(0);
    brief.back();
    const after = brief.progress();
    expect(after.section).toBeLessThan(reached.section);
    expect(after.value).toBe(reached.value);
    for (let i = 1; i <= 7; i++) session.answer(`gad7.q${i}`, 1);
    session.next();
    expect(session.progress()).toMatchObject({ status: 'review', value: 1, answered: 7 });
  });

  it('opens the safety state the moment an ASQ acuity "yes" is given, and goes on after acknowledgement', () => {
    const session = new IntakeSession(asq, undefined, 'en');
    session.answer('asq.q1', 1);
    expect(session.view().status).toBe('answering');
    session.answer('asq.q5', 'yes');
    expect(session.view().status).toBe('safety');
    expect(session.snapshot().context.safety.pending).toEqual(['asq.acute']);
    session.acknowledge();
    expect(session.view().status).toBe('answering');
  });

  it('writes the summary in a new locale after setLocale, with the same answers', () => {
    const session = new IntakeSession(gad7, undefined, 'en');
    for (let i = 1; i <= 7; i++) session.answer(`gad7.q${i}`, 2);
    session.next();
    session.submit();
    expect(session.snapshot().output?.locale).toBe('en');
    session.setLocale('es');
    const output = session.snapshot().output;
    expect(output?.locale).toBe('es');
    expect(output?.instruments[0]?.score).toBe(14);
  });

  it('keeps a flag whose answer was changed, with its urgency and marker, when the intake goes on in another language', () => {
    const session = new IntakeSession(briefScreen, undefined, 'en');
    const answer = (values: Record<string, unknown>) => {
      for (const [id, value] of Object.entries(values)) expect(session.answer(id, value as never), id).toBe(true);
    };
    session.next();
    answer({ 'auditc.sex': 'female' });
    session.next();
    answer(Object.fromEntries(['tobacco', 'alcohol', 'drugs', 'rx'].map((c) => [`taps.${c}.frequency`, 'never'])));
    session.next();
    session.next(); // the withdrawal question may be left unanswered
    answer({ 'phq9.q1': 0, 'phq9.q2': 0 });
    session.next();
    answer({ 'gad7.q1': 0, 'gad7.q2': 0 });
    session.next();
    // "Yes" to ASQ question 2 and to the acuity question; after the crisis panel, question 2 is changed back to "no".
    answer({ 'asq.q1': 0, 'asq.q2': 1, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'yes' });
    expect(session.view().status).toBe('safety');
    session.acknowledge();
    answer({ 'asq.q2': 0 });
    session.next();
    answer({ 'living.home-support': true, 'living.transport': true });
    session.next();
    session.submit();
    const answers = answersOf(session.snapshot().context);
    expect(answers).not.toHaveProperty('asq.q5');
    expect(session.snapshot().output?.safetyFlags.map((f) => [f.id, f.answerChanged])).toEqual([
      ['asq.acute', true],
      ['asq.positive', true],
    ]);

    session.setLocale('es');
    const es = session.snapshot().output;
    expect(es?.locale).toBe('es');
    expect(es?.safetyFlags.map((f) => [f.id, f.urgency, f.answerChanged])).toEqual([
      ['asq.acute', 'emergency', true],
      ['asq.positive', 'urgent', true],
    ]);
    expect(es?.urgency.level).toBe('emergency');
    // The same summary as the flow's, but in Spanish.
    expect(es).toEqual(summarize(briefScreen, answers, { locale: 'es', raised: ['asq.positive', 'asq.acute'] }));
  });

  it('reset forgets the stored progress and starts again', () => {
    const { storage, store } = fresh();
    const session = new IntakeSession(briefScreen, store, 'en');
    session.next();
    session.answer('about.age', 40);
    session.reset('en');
    expect(answersOf(session.snapshot().context)).toEqual({});
    expect(JSON.parse(storage.getItem(KEY) ?? 'null').context.answerEntries).toEqual([]);
    expect(session.progress().value).toBe(0);
  });
});

describe('formLocale', () => {
  it('takes a BCP 47 tag and reads anything else as English', () => {
    expect(formLocale('es-MX')).toBe('es-MX');
    expect(formLocale('Spanish!')).toBe('en');
    expect(formLocale(null)).toBe('en');
  });
});
