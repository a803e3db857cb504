import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { substanceUseIntake } from 'intake-screening/questionnaires';
import { launchChromium } from './support/browser.js';
import { FormPage } from './support/form-page.js';
import { received } from './support/person-page.js';
import { INTAKE_FORM_WORDING as W } from '../../src/web/wording.js';
import { REQUIRED_ONLY } from './support/plans.js';

const STORAGE_KEY = 'intake-screening/substance-use-intake';
const q = substanceUseIntake;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open = (name: string) => FormPage.open(browser, inject('exampleUrl'), name, { page: 'index.html' });

describe('save and resume', () => {
  it('a reload continues in the same section with every answer, and Back still has the earlier ones', async () => {
    const p = await open('resume');
    // About you (the sex question is required), substance and withdrawal come before the overdose and physical health questions.
    await p.answerSections(q, { 'auditc.sex': 'female', 'substance.used': ['heroin'] }, 'overdose');
    await p.answerSection(q, 'overdose', { 'substance.overdose': true });
    await p.next();
    // The physical health section (issue 17) comes next; its questions are optional.
    expect(await p.screen()).toEqual({ kind: 'section', id: 'health' });
    await p.next();
    await p.answerSection(q, 'taps', { 'taps.tobacco.frequency': 'weekly', 'taps.drugs.frequency': 'daily' });
    expect(await p.storedAnswers(q.id)).toMatchObject({ 'taps.drugs.frequency': 'daily', 'substance.used': ['heroin'] });

    await p.reload();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'taps' });
    await expect(p.form.getByRole('status').innerText()).resolves.toBe(W.resumed.en);
    const weekly = p.item('taps.tobacco.frequency').getByRole('radio', { name: /^Weekly/ });
    expect(await weekly.isChecked()).toBe(true);
    // Follow-ups that the stored answers open are open again.
    expect(await p.item('taps.heroin.any').isVisible()).toBe(true);
    await p.shot('taps-after-reload');
    await p.expectAccessible('resumed section');

    await p.back();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'health' });
    await p.back();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'overdose' });
    expect(await p.item('substance.overdose').getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
    await p.back();
    await p.back();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'substance' });
    expect(await p.item('substance.used').getByRole('checkbox', { name: 'Heroin', exact: true }).isChecked()).toBe(true);
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('a reload while the crisis panel shows brings the panel back, with focus on it', async () => {
    const p = await open('resume-safety');
    await p.answerSections(q, REQUIRED_ONLY, 'asq');
    await p.answerSection(q, 'asq', { 'asq.q1': 1, 'asq.q5': 'yes' });
    expect(await p.screen()).toEqual({ kind: 'safety' });
    await p.reload();
    expect(await p.screen()).toEqual({ kind: 'safety' });
    expect((await p.focused()).inDialog).toBe(true);
    await p.form.getByRole('button', { name: 'I have read this. Continue' }).click();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
    await p.reload();
    // Acknowledged is remembered: no second panel.
    expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('a stored snapshot the flow refuses (another questionnaire, damaged JSON, a forged "done") is set aside, sent to the clinic, and a fresh intake starts', async () => {
    const p = await open('resume-refused');
    const foreign = { status: 'active', context: { questionnaireId: 'some-other-intake', questionnaireVersion: '1.0.0', answerEntries: [], cursor: 3 } };
    const own = { ...foreign.context, questionnaireId: q.id, questionnaireVersion: q.version };
    // Edited to "done" with nothing answered, or while the acuity answer still waits for its crisis resources (issue 16, case 4).
    const forgedDone = { status: 'done', context: { ...own, submitted: true, safety: { fired: [], pending: [], resume: 'stay' } } };
    const skippedCrisis = {
      status: 'done',
      context: { ...own, submitted: true, answers: { 'asq.q1': 1, 'asq.q5': 'yes' }, safety: { fired: [{ id: 'asq.acute' }], pending: ['asq.acute'] } },
    };
    const refused = [
      JSON.stringify(foreign),
      '{not json',
      JSON.stringify({ status: 'active', context: { ...own, questionnaireVersion: '9.0.0' } }),
      JSON.stringify(forgedDone),
      JSON.stringify(skippedCrisis),
    ];
    // The form hands the store's text on as it was read: parsed JSON, or the text itself when it is not JSON.
    const asRead = (text: string): unknown => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    };
    for (const [n, stored] of refused.entries()) {
      await p.page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [STORAGE_KEY, stored]);
      await p.reload();
      expect(await p.screen()).toEqual({ kind: 'section', id: 'about' });
      // No "welcome back": nothing was resumed. The person is told their saved answers were kept for the care team.
      await expect(p.form.getByRole('status').innerText()).resolves.toBe(W.restoreFailed.en);
      const now = await p.stored(q.id);
      expect(now?.context).toMatchObject({ questionnaireId: q.id, questionnaireVersion: q.version, answerEntries: [], cursor: 0 });
      // Kept, never dropped: set aside beside the new progress, and sent on to the clinic.
      const aside = await p.page.evaluate((k) => JSON.parse(localStorage.getItem(`${k}:unrestored`) ?? '[]') as unknown[], STORAGE_KEY);
      expect(aside).toHaveLength(n + 1);
      expect(aside.at(-1)).toEqual(asRead(stored));
    }
    expect((await received(p)).map((m) => (m.kind === 'unrestored' ? m.stored : m.kind))).toEqual(refused.map(asRead));
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('a finished intake reloads to its summary; finishing clears the device and starts again', async () => {
    const p = await open('resume-finished');
    await p.answerSections(q, REQUIRED_ONLY);
    await p.form.getByRole('button', { name: 'Send my answers' }).click();
    expect(await p.screen()).toEqual({ kind: 'summary' });
    await p.reload();
    expect(await p.screen()).toEqual({ kind: 'summary' });
    // Sent to the clinic when it finished, once: the reload does not send it again.
    expect((await received(p)).map((m) => m.kind)).toEqual(['intake']);
    await p.page.getByRole('button', { name: 'Finish and clear my answers from this device' }).click();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'about' });
    expect((await p.storedAnswers(q.id)) ?? {}).toEqual({});
    expect(await p.page.getByRole('button', { name: 'Finish and clear my answers from this device' }).isHidden()).toBe(true);
    // The person's device is cleared; what reached the clinic stays there.
    expect((await received(p)).map((m) => m.kind)).toEqual(['intake']);

    // "Clear my answers" asks first, then starts again.
    await p.next();
    await p.answerSection(q, 'about-you', { 'auditc.sex': 'female' });
    await p.next();
    await p.answerSection(q, 'substance', { 'substance.used': ['alcohol'] });
    p.page.once('dialog', (d) => void d.dismiss());
    await p.page.getByRole('button', { name: 'Clear my answers and start again' }).click();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'substance' });
    p.page.once('dialog', (d) => void d.accept());
    await p.page.getByRole('button', { name: 'Clear my answers and start again' }).click();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'about' });
    // The device keeps only the new, empty intake.
    expect((await p.stored(q.id))?.context).toMatchObject({ answerEntries: [], cursor: 0 });
    expect(p.problems).toEqual([]);
    await p.close();
  });
});
