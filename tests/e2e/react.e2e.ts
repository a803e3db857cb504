import { answersOf } from 'intake-screening';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { type AnswerValue, localize, PREFER_NOT_TO_ANSWER, type Questionnaire, type ReferralSummary } from 'intake-screening';
import { asq, briefScreen } from 'intake-screening/questionnaires';
import { INTAKE_FORM_WORDING as W } from '../../src/web/wording.js';
import { launchChromium } from './support/browser.js';
import { type DeepFocus, FormPage } from './support/form-page.js';
import { BRIEF_BY_KEYBOARD } from './support/plans.js';
import { outbox, serveReactExample } from './support/react-example.js';
import type { StaticServer } from './support/static-server.js';

// The React example's <IntakeForm> page (examples/clinic-intake-react/index.html): the element inside a React app,
// its events reaching the app through props (onProgress, onSafety, onComplete), its locale from React state.
let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveReactExample()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const open = (name: string, options: { questionnaire?: string; locale?: 'en' | 'es' } = {}) =>
  FormPage.open(browser, server.url, `react-${name}`, { ...options, page: 'index.html' });
const press = (p: FormPage, key: string) => p.page.keyboard.press(key);
const dialogOf = (p: FormPage) => p.form.getByRole('alertdialog');
type Item = Questionnaire['sections'][number]['items'][number];

/** Press Tab until focus is where `wanted` says (at most 40 stops), checking each stop in the form shows a focus ring. */
async function tabTo(p: FormPage, wanted: (f: DeepFocus) => boolean, what: string): Promise<DeepFocus> {
  for (let i = 0; i < 40; i++) {
    await press(p, 'Tab');
    const f = await p.focused();
    if (f.inForm) expect(f.ring, `focus ring on ${f.tag} ${f.text}`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

/**
 * Answer one item by keyboard as a person would: Tab into a radio group and Space (or arrow keys) to choose, Tab to a
 * checkbox by its label and Space, or type into a field.
 */
async function answerByKeyboard(p: FormPage, item: Item, value: AnswerValue): Promise<void> {
  if (item.kind === 'number' || item.kind === 'text' || item.kind === 'date') {
    await tabTo(p, (f) => f.item === item.id && f.tag !== 'button', item.id);
    await p.page.keyboard.type(String(value));
    return;
  }
  if (item.kind === 'multi') {
    for (const v of value as readonly string[]) {
      const label = localize(item.options.find((o) => o.value === v)?.text ?? { en: v }, p.locale);
      await tabTo(p, (f) => f.item === item.id && f.text.startsWith(label), `${item.id} ${v}`);
      await press(p, 'Space');
    }
    return;
  }
  if (item.kind === 'display') throw new Error(`${item.id} is display text`);
  const values: AnswerValue[] = item.kind === 'boolean' ? [true, false] : item.options.map((o) => o.value);
  if (item.preferNotToAnswer === true) values.push(PREFER_NOT_TO_ANSWER);
  const index = values.indexOf(value);
  if (index < 0) throw new Error(`${item.id} has no option ${String(value)}`);
  // Entering a radio group focuses its first option without choosing it: Space chooses it, Down chooses the next.
  await tabTo(p, (f) => f.item === item.id && f.tag === 'input', item.id);
  if (index === 0) await press(p, 'Space');
  for (let i = 0; i < index; i++) await press(p, 'ArrowDown');
}

const BY_KEYBOARD: Readonly<Record<string, AnswerValue>> = BRIEF_BY_KEYBOARD;

describe('<IntakeForm> in the React example', () => {
  it('completes the brief screen by keyboard only, with zero axe violations and nothing preselected on every screen, and ends on the person’s view', async () => {
    const p = await open('keyboard');
    const passed: string[] = [];
    for (;;) {
      const screen = await p.screen();
      if (screen.kind !== 'section') break;
      await p.expectNothingPreselected(screen.id);
      await p.expectAccessible(`section ${screen.id}`);
      const section = briefScreen.sections.find((s) => s.id === screen.id);
      for (const item of section?.items ?? []) {
        const value = BY_KEYBOARD[item.id];
        if (value !== undefined && (await p.item(item.id).isVisible())) await answerByKeyboard(p, item as Item, value);
      }
      await tabTo(p, (f) => f.tag === 'button' && (f.text === W.next.en || f.text === W.toReview.en), 'Next');
      await press(p, 'Enter');
      passed.push(screen.id);
    }
    expect(passed).toEqual(['about', 'about-you', 'taps1', 'withdrawal-screen', 'phq2', 'gad2', 'asq', 'residential']);
    expect(await p.screen()).toEqual({ kind: 'review' });
    await p.expectAccessible('review');
    await tabTo(p, (f) => f.tag === 'button' && f.text === W.submit.en, 'Send');
    await press(p, 'Enter');
    expect(await p.screen()).toEqual({ kind: 'summary' });
    await p.expectAccessible('the person’s summary');
    await p.shot('summary');

    // The person's view only: no instrument, score or care-team heading on the page.
    const text = await p.page.locator('main').innerText();
    for (const never of ['PHQ', 'GAD', 'TAPS', 'AUDIT', 'score', 'Score', 'Clinician', 'clinician']) expect(text).not.toContain(never);
    // The app heard the element through its props: progress in the title, the summary "sent" to the clinic.
    await expect(p.page.title()).resolves.toBe('100% · Before your visit');
    const sent = await outbox(p.page);
    expect(sent.map((m) => m.path)).toEqual(['/api/intake']);
    const intake = sent[0]?.body as { summary: ReferralSummary; snapshot: { context: { answerEntries: [string, unknown][] } } };
    expect(intake.summary.urgency.level).toBe('routine');
    expect(answersOf(intake.snapshot.context)).toMatchObject({ 'about.age': 36, 'auditc.sex': 'female', 'living.transport': true });
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('ASQ acute positive: the crisis dialog interrupts at the answer, and onSafety tells the app at once (emergency)', async () => {
    const p = await open('acute', { questionnaire: 'asq' });
    await p.answer(asq.sections[0].items[0], 1);
    await p.answer(asq.sections[0].items[5], 'yes');
    expect(await p.screen()).toEqual({ kind: 'safety' });
    expect((await p.focused()).inDialog).toBe(true);
    await p.expectAccessible('the crisis dialog (acute)');
    expect(await outbox(p.page)).toEqual([{ path: '/api/intake/safety', body: { urgency: 'emergency', triggers: ['asq.acute'] } }]);
    await dialogOf(p).getByRole('button', { name: W.crisisContinue.en }).click();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('ASQ non-acute positive: the dialog opens when the person leaves the section, and onSafety says urgent', async () => {
    const p = await open('non-acute', { questionnaire: 'asq' });
    const plan: Readonly<Record<string, AnswerValue>> = { 'asq.q1': 0, 'asq.q2': 1, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'no' };
    for (const item of asq.sections[0].items) if (plan[item.id] !== undefined) await p.answer(item, plan[item.id] as AnswerValue);
    expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
    expect(await outbox(p.page)).toEqual([]);
    await p.next();
    expect(await p.screen()).toEqual({ kind: 'safety' });
    await p.expectAccessible('the crisis dialog (non-acute)');
    expect(await outbox(p.page)).toEqual([{ path: '/api/intake/safety', body: { urgency: 'urgent', triggers: ['asq.positive'] } }]);
    await p.close();
  });

  it('resumes after a reload, then switches to Spanish from React state with the answers kept, and finishes in Spanish', async () => {
    const p = await open('resume-spanish', { questionnaire: 'asq' });
    await p.answer(asq.sections[0].items[0], 0);
    await p.answer(asq.sections[0].items[1], 0);
    await p.reload();
    await expect(p.form.locator('.notice').innerText()).resolves.toBe(W.resumed.en);
    await expect(p.item('asq.q1').getByRole('radio', { name: 'No', exact: true }).isChecked()).resolves.toBe(true);

    await p.page.getByRole('button', { name: 'Español' }).click();
    await expect(p.page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(p.page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(p.form.evaluate((e) => e.shadowRoot?.querySelector('.form')?.getAttribute('lang'))).resolves.toBe('es');
    await expect(p.page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Antes de su consulta');
    await expect(p.item('asq.q1').getByRole('radio', { name: 'No', exact: true }).isChecked()).resolves.toBe(true);
    const spanish = Object.assign(p, { locale: 'es' as const });
    // Next with questions unanswered: the person's errors, in Spanish.
    await spanish.next();
    await expect(p.item('asq.q3').locator('.error').innerText()).resolves.toContain('Por favor, responda esta pregunta');
    await spanish.expectAccessible('an error shown, in Spanish');
    for (const item of asq.sections[0].items.slice(2, 4)) await spanish.answer(item, 0);
    await spanish.next();
    await p.form.getByRole('button', { name: W.submit.es }).click();
    expect(await p.screen()).toEqual({ kind: 'summary' });
    await spanish.expectAccessible('the person’s summary, in Spanish');
    const intake = (await outbox(p.page))[0]?.body as { summary: ReferralSummary };
    expect(intake.summary.locale).toBe('es');
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('reads, for a screen reader, as a page heading, a language switch and the form’s named controls (accessibility tree)', async () => {
    const p = await open('aria', { questionnaire: 'asq' });
    const tree = await p.page.locator('main').ariaSnapshot();
    expect(tree).toContain('- heading "Before your visit" [level=1]');
    expect(tree).toContain('- group "Language"');
    expect(tree).toContain('- button "English" [pressed]');
    expect(tree).toContain('- button "Español"');
    expect(tree).toContain(`- progressbar "${W.progress.en.replace('{section}', '1').replace('{sections}', '1')}"`);
    expect(tree).toContain(`- heading "${asq.sections[0].title.en}" [level=2]`);
    for (const item of asq.sections[0].items.slice(0, 4)) expect(tree).toContain(`- group "${item.text.en} (required)"`);
    expect(tree).toContain(`- button "${W.toReview.en}"`);
    expect(tree).not.toMatch(/- radio "[^"]*" \[checked\]/);
    await p.close();
  });
});
