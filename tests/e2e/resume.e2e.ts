import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { substanceUseIntake } from 'intake-screening/questionnaires';
import { launchChromium } from './support/browser.js';
import { IntakePage } from './support/intake-page.js';
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

const reload = async (p: IntakePage) => {
  await p.page.reload();
  await p.page.locator('main').waitFor();
};

describe('save and resume', () => {
  it('a reload continues in the same section with every answer, and Back still has the earlier ones', async () => {
    const p = await IntakePage.open(browser, inject('exampleUrl'), '', 'resume');
    // About you (the sex question is required), substance and withdrawal come before the overdose and physical health questions.
    await p.answerSections(q, { 'auditc.sex': 'female', 'substance.used': ['heroin'] }, 'overdose');
    await p.answerSection(q, 'overdose', { 'substance.overdose': true });
    await p.next();
    // The physical health section (issue 17) comes next; its questions are optional.
    expect(await p.screen()).toEqual({ kind: 'section', id: 'health' });
    await p.next();
    await p.answerSection(q, 'taps', { 'taps.tobacco.frequency': 'weekly', 'taps.drugs.frequency': 'daily' });
    expect((await p.stored(STORAGE_KEY))?.context?.answers).toMatchObject({ 'taps.drugs.frequency': 'daily', 'substance.used': ['heroin'] });

    await reload(p);
    expect(await p.screen()).toEqual({ kind: 'section', id: 'taps' });
    await expect(p.page.getByRole('status').innerText()).resolves.toMatch(/^Welcome back/);
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
    const p = await IntakePage.open(browser, inject('exampleUrl'), '', 'resume-safety');
    await p.answerSections(q, REQUIRED_ONLY, 'asq');
    await p.answerSection(q, 'asq', { 'asq.q1': 1, 'asq.q5': 'yes' });
    expect(await p.screen()).toEqual({ kind: 'safety' });
    await reload(p);
    expect(await p.screen()).toEqual({ kind: 'safety' });
    expect((await p.focused()).inDialog).toBe(true);
    await p.page.getByRole('button', { name: 'I have read this. Continue' }).click();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
    await reload(p);
    // Acknowledged is remembered: no second panel.
    expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('a stored snapshot the flow refuses (another questionnaire, damaged JSON, a forged "done") is cleared and a fresh intake starts', async () => {
    const p = await IntakePage.open(browser, inject('exampleUrl'), '', 'resume-refused');
    const foreign = { status: 'active', context: { questionnaireId: 'some-other-intake', questionnaireVersion: '1.0.0', answers: {}, cursor: 3 } };
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
    for (const stored of refused) {
      await p.page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [STORAGE_KEY, stored]);
      await reload(p);
      expect(await p.screen()).toEqual({ kind: 'section', id: 'about' });
      // No "welcome back": nothing was resumed.
      await expect(p.page.locator('main [role="status"]').textContent()).resolves.toBe('');
      const now = await p.stored(STORAGE_KEY);
      expect(now?.context).toMatchObject({ questionnaireId: q.id, questionnaireVersion: q.version, answers: {}, cursor: 0 });
    }
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('a finished intake reloads to its summary; finishing clears the device and starts again', async () => {
    const p = await IntakePage.open(browser, inject('exampleUrl'), '', 'resume-finished');
    await p.answerSections(q, REQUIRED_ONLY);
    await p.page.getByRole('button', { name: 'Send my answers' }).click();
    expect(await p.screen()).toEqual({ kind: 'summary' });
    await reload(p);
    expect(await p.screen()).toEqual({ kind: 'summary' });
    await p.page.getByRole('button', { name: 'Finish and clear my answers from this device' }).click();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'about' });
    expect((await p.stored(STORAGE_KEY))?.context?.answers ?? {}).toEqual({});

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
    expect(await p.stored(STORAGE_KEY)).toBeNull();
    expect(p.problems).toEqual([]);
    await p.close();
  });
});
