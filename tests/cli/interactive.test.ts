import { answersOf } from '../../src/flow/answers-of.js';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt } from './build-cli.js';
import { scratch } from './helpers.js';
import { KEY, PtySession } from './pty-session.js';

beforeAll(ensureCliBuilt, 60_000);
const tmp = scratch();
afterAll(() => tmp.remove());
const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

/** The CLI in a pseudo-terminal, in the scratch folder (where the clinician's report lands). */
function start(...args: string[]): PtySession {
  const session = new PtySession(args, {}, tmp.dir);
  sessions.push(session);
  return session;
}

const RADIO_ON = '●';
const BOX_ON = '◼';
const LIST_KEYS = 'Enter: confirm';

/**
 * Wait for a question and its key hints (the prompt is fully drawn), check that
 * the prompt starts with no answer chosen, then answer it.
 */
async function fresh(s: PtySession, question: string, answer: () => void): Promise<void> {
  await s.waitFor(question);
  const frame = await s.waitFor(LIST_KEYS);
  expect(frame, `"${question}" starts with an answer chosen`).not.toContain(RADIO_ON);
  expect(frame, `"${question}" starts with a box marked`).not.toContain(BOX_ON);
  answer();
}

/** Wait for a question the person answered before: their own answer is where the cursor stands. */
async function again(s: PtySession, question: string, shown: string, answer: () => void): Promise<void> {
  await s.waitFor(question);
  expect(await s.waitFor(LIST_KEYS)).toContain(shown);
  answer();
}

const saved = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { status: string; context: { answerEntries: [string, unknown][]; cursor: number } };
const percents = (text: string) => [...text.matchAll(/(\d+)% done/g)].map((m) => Number(m[1]));

/** "About you", TAPS-1 and the withdrawal question of the brief screen, each checked to start with nothing chosen. */
async function noSubstanceUse(s: PtySession): Promise<void> {
  await s.waitFor('How old are you?');
  await s.waitFor('? for "prefer not to answer"');
  s.press('40', KEY.enter);
  await fresh(s, 'What sex were you assigned at birth?', () => s.pick(0)); // Female
  await fresh(s, 'Are you pregnant', () => s.pick(2)); // No
  for (const q of ['any tobacco product', '4 or more drinks', 'any drugs including', 'any prescription medic']) await fresh(s, q, () => s.pick(4));
  await fresh(s, 'have you felt sick after you cut down', () => s.mark(4)); // "No"
}

describe('run in a terminal', { timeout: 90_000 }, () => {
  it('asks with nothing chosen, goes back with < from every kind of prompt, shows progress that only moves forward, and ends with the person’s view and the clinician’s file', async () => {
    const file = join(tmp.dir, 'finished.json');
    const s = start('run', 'brief-screen', '--save', file);
    await s.waitFor('About this intake');
    await s.waitFor('This is not a test and it does not give a diagnosis.');
    await s.waitFor('Some questions need an answer so that the screening can be scored.');
    await s.waitFor('About you');
    await noSubstanceUse(s);

    await s.waitFor('Mood over the last 2 weeks');
    // Enter before choosing anything asks again: nothing is answered for the person.
    await fresh(s, 'Little interest or pleasure', () => s.press(KEY.enter));
    await s.waitFor('Nothing is chosen yet. Use ↑/↓ to choose an answer, then press Enter.');
    s.pick(0); // "Not at all"
    // < from a list: back to question 1, which shows the person's own answer.
    await fresh(s, 'Feeling down, depressed', () => s.press('<'));
    await again(s, 'Little interest or pleasure', `${RADIO_ON} Not at all`, () => s.press(KEY.down, KEY.down, KEY.enter)); // "More than half the days"
    await fresh(s, 'Feeling down, depressed', () => s.pick(0));

    // < from a section's first question goes to the previous section's last one.
    await s.waitFor('Worry and anxiety over the last 2 weeks');
    await fresh(s, 'Feeling nervous, anxious', () => s.press('<'));
    await again(s, 'Feeling down, depressed', `${RADIO_ON} Not at all`, () => s.press(KEY.enter));
    await fresh(s, 'Feeling nervous, anxious', () => s.pick(0));
    await fresh(s, 'Not being able to stop', () => s.pick(0));

    await s.waitFor('Your safety');
    for (const q of ['wished you were dead', 'better off if you were dead', 'thoughts about killing yourself?', 'ever tried to kill yourself'])
      await fresh(s, q, () => s.pick(1)); // "No"

    await s.waitFor('Your home and health');
    await fresh(s, 'someone at home', () => s.pick(0)); // Yes
    await fresh(s, 'get to a clinic almost every day', () => s.pick(0)); // Yes
    // < from a checklist: back to the question before it. "← Back" is no checkbox.
    await s.waitFor('ever told you that');
    const checklist = await s.waitFor('Enter: confirm · <: previous question');
    expect(checklist).not.toContain('Back');
    expect(checklist).not.toContain(BOX_ON);
    s.press('<');
    await again(s, 'get to a clinic almost every day', `${RADIO_ON} Yes`, () => s.press(KEY.enter));
    await fresh(s, 'ever told you that', () => s.mark(6)); // "None of these"
    await fresh(s, 'concern for you lately', () => s.mark(5));

    await fresh(s, 'You have reached the end of the questions.', () => s.pick(0));
    await s.waitFor('Your answers: Brief substance use and wellbeing screen');
    await s.waitFor('It is not a diagnosis');
    const where = await s.waitFor(/For the care team: the clinician summary is in (\S+)/);
    expect(await s.exited).toBe(0);

    // The person read their own view; the clinician's is in a new file only its owner can read.
    const report = join(tmp.dir, /is in (\S+)/.exec(where)?.[1] ?? '');
    expect(readFileSync(report, 'utf8')).toMatch(/^Referral summary: Brief substance use and wellbeing screen/);
    expect(statSync(report).mode & 0o777).toBe(0o600);
    expect(s.text).not.toContain('Referral summary:');
    expect(s.text).not.toContain('988');

    // Progress: never a counter that jumps, never a share that goes down.
    expect(s.text).not.toMatch(/Question \d+ of \d+|Section \d+ of \d+/);
    expect(s.text).not.toContain('← Back');
    const shown = percents(s.text);
    expect(shown.length).toBeGreaterThan(15);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));

    const snapshot = saved(file);
    expect(snapshot.status).toBe('done');
    expect(answersOf(snapshot.context)).toMatchObject({ 'phq9.q1': 2, 'phq9.q2': 0, 'taps.rx.frequency': 'never', 'cooccurring.told': ['none'] });
  });

  it('shows crisis resources the moment an answer raises a safety concern, and asks for acknowledgement', async () => {
    const s = start('run', 'brief-screen');
    await noSubstanceUse(s);
    for (const q of ['Little interest', 'Feeling down', 'Feeling nervous', 'Not being able to stop']) await fresh(s, q, () => s.pick(0));
    await fresh(s, 'wished you were dead', () => s.pick(0)); // Yes
    for (const q of ['better off if you were dead', 'thoughts about killing yourself?', 'ever tried to kill yourself']) await fresh(s, q, () => s.pick(1)); // No
    await fresh(s, 'thoughts of killing yourself right now', () => s.pick(0)); // Yes

    // The answer is recorded (echoed under the question); the next thing shown is the crisis message.
    await s.waitFor(/right now\?\s*│\s+Yes/);
    const shown = await s.waitFor('Please read the message above.');
    expect(shown).toContain('Your safety comes first');
    expect(shown).toContain('988');
    // Acknowledging is a choice too: nothing is chosen for the person.
    const frame = await s.waitFor(LIST_KEYS);
    expect(frame).not.toContain(RADIO_ON);
    s.pick(0);
    // The intake goes on where it was: the follow-up to the acuity question.
    await s.waitFor('If yes, please describe');
    s.press(KEY.ctrlC);
    expect(await s.exited).toBe(130);
  });

  it('says under the header of a clinician-rated section that a clinician rates it, before its first question', async () => {
    const s = start('run', 'ciwaar');
    const shown = await s.waitFor('Pulse or heart rate');
    const header = shown.lastIndexOf('◇  Alcohol withdrawal signs');
    expect(header).toBeGreaterThanOrEqual(0);
    const notice = shown.indexOf('Rated by a clinician', header);
    expect(notice).toBeGreaterThan(header);
    expect(notice).toBeLessThan(shown.lastIndexOf('Pulse or heart rate'));
    expect(shown).toContain('not a self-report questionnaire');
    s.press(KEY.ctrlC);
    expect(await s.exited).toBe(130);
  });

  it('saves on Ctrl-C and resumes where the person stopped', async () => {
    const file = join(tmp.dir, 'paused.json');
    const first = start('run', 'brief-screen', '--save', file);
    await noSubstanceUse(first);
    await fresh(first, 'Little interest or pleasure', () => first.press(KEY.ctrlC));
    await first.waitFor(`Your answers so far are saved in ${file}`);
    expect(await first.exited).toBe(130);
    const paused = saved(file);
    expect(answersOf(paused.context)).toEqual({
      'about.age': 40,
      'auditc.sex': 'female',
      'about.pregnant': 'no',
      'withdrawal.screen': ['no'],
      'taps.tobacco.frequency': 'never',
      'taps.alcohol.frequency': 'never',
      'taps.drugs.frequency': 'never',
      'taps.rx.frequency': 'never',
    });

    const second = start('run', '--resume', file);
    await second.waitFor('Mood over the last 2 weeks');
    await fresh(second, 'Little interest or pleasure', () => second.press(KEY.ctrlC));
    expect(await second.exited).toBe(130);
  });

  it("shows the flow's validation issues in plain words, takes < and ? in typed answers and echoes ? in words, and says when follow-up questions appear", async () => {
    const definition = tmp.file('typed.json', {
      id: 'typed',
      version: '1.0.0',
      title: { en: 'Typed answers' },
      sections: [
        {
          id: 'a',
          title: { en: 'About you' },
          instrument: { kind: 'descriptive', name: 'About you' },
          items: [
            { id: 'a.age', kind: 'number', text: { en: 'How old are you?' }, integer: true, min: 12, max: 120, required: true },
            { id: 'a.note', kind: 'text', text: { en: 'Anything else we should know?' }, preferNotToAnswer: true },
            { id: 'a.seen', kind: 'boolean', text: { en: 'Have you been seen here before?' } },
            { id: 'a.where', kind: 'text', text: { en: 'Where were you seen?' }, when: { item: 'a.seen', eq: true } },
            { id: 'a.when', kind: 'date', text: { en: 'When was that?' }, when: { item: 'a.seen', eq: true } },
          ],
        },
      ],
    });
    const file = join(tmp.dir, 'typed-snapshot.json');
    const s = start('run', '--questionnaire', definition, '--save', file);
    await s.waitFor('How old are you?');
    s.press('300', KEY.enter);
    await s.waitFor('Enter a whole number from 12 to 120.');
    await s.waitFor('How old are you?');
    s.press('30.5', KEY.enter);
    await s.waitFor('Enter a whole number from 12 to 120.');
    await s.waitFor('How old are you?');
    s.press('40', KEY.enter);
    await s.waitFor('Anything else we should know?');
    await s.waitFor('Type < to go back');
    s.press('<', KEY.enter);
    await s.waitFor('How old are you?');
    await s.waitFor('40');
    s.press(KEY.enter);
    await s.waitFor('Anything else we should know?');
    await s.waitFor('? for "prefer not to answer"');
    s.press('?', KEY.enter);
    // The echo says what "?" means.
    await s.waitFor(/we should know\?\s*│\s+Prefer not to answer/);
    // An optional yes/no item without "prefer not to answer" can be skipped instead.
    await s.waitFor('Have you been seen here before?');
    const choices = await s.waitFor(LIST_KEYS);
    expect(choices).toContain('Skip this question');
    expect(choices).not.toContain('Prefer not to answer');
    expect(choices).not.toContain(RADIO_ON);
    s.pick(0); // Yes
    await s.waitFor('Your answer added 2 follow-up questions.');
    await s.waitFor('Where were you seen?');
    s.press('Eastside clinic', KEY.enter);
    await s.waitFor('When was that?');
    await s.waitFor('leave empty to skip');
    s.press(KEY.enter);
    await s.waitFor(/When was that\?\s*│\s+Skipped/);
    await fresh(s, 'You have reached the end of the questions.', () => s.pick(0));
    expect(await s.exited).toBe(0);
    expect(answersOf(saved(file).context)).toEqual({ 'a.age': 40, 'a.note': 'prefer-not-to-answer', 'a.seen': true, 'a.where': 'Eastside clinic' });
    // 0, 20 (of 5 asked so far: one before), 40 … and the share never drops when the follow-ups appear.
    const shown = percents(s.text);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown.at(-1)).toBeGreaterThanOrEqual(66);
  });

  it('refuses a --report file that exists already, before asking anything', async () => {
    const taken = tmp.file('taken.txt', 'kept');
    const s = start('run', 'gad7', '--report', taken);
    expect(await s.exited).toBe(2);
    expect(s.text).toContain('the file exists already');
    expect(readFileSync(taken, 'utf8')).toBe('kept');
  });
});
