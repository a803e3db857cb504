import { readFileSync } from 'node:fs';
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

function start(...args: string[]): PtySession {
  const session = new PtySession(args);
  sessions.push(session);
  return session;
}

/** Wait for a question and its key hints (the prompt is fully drawn), then answer it. */
async function at(s: PtySession, question: string | RegExp, answer: () => void): Promise<void> {
  await s.waitFor(question);
  await s.waitFor('Enter: confirm');
  answer();
}

const saved = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { status: string; context: { answers: Record<string, unknown>; cursor: number } };

/** TAPS-1 of the brief screen, answered "Never" (the fifth option) four times. */
async function noSubstanceUse(s: PtySession): Promise<void> {
  for (let n = 1; n <= 4; n++) await at(s, `Question ${n} of 4`, () => s.choose(4));
}

describe('run in a terminal', { timeout: 60_000 }, () => {
  it('asks one question at a time with progress, goes back within and across sections, and ends with the summary', async () => {
    const file = `${tmp.dir}/finished.json`;
    const s = start('run', 'brief-screen', '--save', file);
    await s.waitFor('Section 1 of 6: About this intake');
    await s.waitFor('This is not a test and it does not give a diagnosis.');
    await s.waitFor('Section 2 of 6: Tobacco, alcohol, medications and drugs');
    await noSubstanceUse(s);

    await s.waitFor('Section 3 of 6: Mood over the last 2 weeks · 4 answered so far');
    await at(s, 'Question 1 of 2', () => s.press(KEY.enter)); // "Not at all"
    // "← Back" is the last choice (after the four options): back to question 1, which shows its answer.
    await at(s, 'Question 2 of 2', () => s.choose(4));
    await s.waitFor('Question 1 of 2');
    await s.waitFor('● Not at all');
    await s.waitFor('Enter: confirm');
    s.choose(2); // "More than half the days"
    await at(s, 'Question 2 of 2', () => s.press(KEY.enter));

    await s.waitFor('Section 4 of 6');
    // Back from a section's first question goes to the previous section's last one.
    await at(s, 'Question 1 of 2', () => s.choose(4));
    await s.waitFor('Section 3 of 6');
    await at(s, 'Question 2 of 2', () => s.press(KEY.enter));
    await s.waitFor('Section 4 of 6');
    await at(s, 'Question 1 of 2', () => s.press(KEY.enter));
    await at(s, 'Question 2 of 2', () => s.press(KEY.enter));

    await s.waitFor('Section 5 of 6');
    for (let n = 1; n <= 4; n++) await at(s, `Question ${n} of 4`, () => s.choose(1)); // "No"
    await s.waitFor('Section 6 of 6');
    await at(s, 'Question 1 of 4', () => s.press(KEY.enter)); // someone at home: Yes
    await at(s, 'Question 2 of 4', () => s.press(KEY.enter)); // transport: Yes
    await at(s, 'Question 3 of 4', () => s.press(...Array.from({ length: 6 }, () => KEY.down), KEY.space, KEY.enter)); // "none of these"
    await at(s, 'Question 4 of 4', () => s.press(...Array.from({ length: 5 }, () => KEY.down), KEY.space, KEY.enter));

    await at(s, 'You have reached the end of the questions.', () => s.press(KEY.enter));
    await s.waitFor('Your answers: Brief substance use and wellbeing screen');
    await s.waitFor('It is not a diagnosis');
    expect(await s.exited).toBe(0);
    expect(s.text).not.toContain('988');

    const snapshot = saved(file);
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.answers).toMatchObject({ 'phq9.q1': 2, 'phq9.q2': 0, 'taps.rx.frequency': 'never', 'cooccurring.told': ['none'] });
  });

  it('shows crisis resources the moment an answer raises a safety concern, and asks for acknowledgement', async () => {
    const s = start('run', 'brief-screen');
    await noSubstanceUse(s);
    for (let n = 0; n < 4; n++) await at(s, /Question \d of 2/, () => s.press(KEY.enter));
    await at(s, 'Question 1 of 4', () => s.press(KEY.enter)); // ASQ 1: Yes
    for (let n = 2; n <= 4; n++) await at(s, `Question ${n} of 5`, () => s.choose(1)); // No
    await at(s, 'Question 5 of 5', () => s.press(KEY.enter)); // Thoughts of suicide right now: Yes

    // The answer is recorded (clack echoes it with ◇); the next thing shown is the crisis message.
    await s.waitFor(/◇ {2}Question 5 of 5[^◆]*?│ {2}Yes/);
    const shown = await s.waitFor('Please read the message above.');
    expect(shown).toContain('Your safety comes first');
    expect(shown).toContain('988');
    expect(shown).not.toMatch(/Question \d of \d/);
    await s.waitFor('Enter: confirm');
    s.press(KEY.enter);
    // The intake goes on where it was: the follow-up to the acuity question.
    await s.waitFor('Question 6 of 6');
    await s.waitFor('If yes, please describe');
    s.press(KEY.ctrlC);
    expect(await s.exited).toBe(130);
  });

  it('says under the header of a clinician-rated section that a clinician rates it, before its first question', async () => {
    const s = start('run', 'ciwaar');
    const shown = await s.waitFor('Pulse or heart rate');
    const header = shown.lastIndexOf('Section 1 of 1: Alcohol withdrawal signs');
    expect(header).toBeGreaterThanOrEqual(0);
    const notice = shown.indexOf('Rated by a clinician', header);
    expect(notice).toBeGreaterThan(header);
    expect(notice).toBeLessThan(shown.lastIndexOf('Pulse or heart rate'));
    expect(shown).toContain('not a self-report questionnaire');
    s.press(KEY.ctrlC);
    expect(await s.exited).toBe(130);
  });

  it('saves on Ctrl-C and resumes where the person stopped', async () => {
    const file = `${tmp.dir}/paused.json`;
    const first = start('run', 'brief-screen', '--save', file);
    await noSubstanceUse(first);
    await at(first, 'Question 1 of 2', () => first.press(KEY.ctrlC));
    await first.waitFor(`Your answers so far are saved in ${file}`);
    expect(await first.exited).toBe(130);
    const paused = saved(file);
    expect(paused.context.answers).toEqual({
      'taps.tobacco.frequency': 'never',
      'taps.alcohol.frequency': 'never',
      'taps.drugs.frequency': 'never',
      'taps.rx.frequency': 'never',
    });

    const second = start('run', '--resume', file);
    await second.waitFor('Section 3 of 6: Mood over the last 2 weeks · 4 answered so far');
    await at(second, 'Question 1 of 2', () => second.press(KEY.ctrlC));
    expect(await second.exited).toBe(130);
  });

  it('shows the flow\'s validation issues in plain words, and takes < (back) and ? (prefer not to answer) in typed answers', async () => {
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
          ],
        },
      ],
    });
    const file = `${tmp.dir}/typed-snapshot.json`;
    const s = start('run', '--questionnaire', definition, '--save', file);
    await s.waitFor('How old are you?');
    s.press('300', KEY.enter);
    await s.waitFor('Please enter a value from 12 to 120.');
    await s.waitFor('How old are you?');
    s.press('30.5', KEY.enter);
    await s.waitFor('Please enter a whole number.');
    await s.waitFor('How old are you?');
    s.press('40', KEY.enter);
    await s.waitFor('Anything else we should know?');
    s.press('<', KEY.enter);
    await s.waitFor('How old are you?');
    await s.waitFor('40');
    s.press(KEY.enter);
    await s.waitFor('Anything else we should know?');
    s.press('?', KEY.enter);
    // An optional yes/no item without "prefer not to answer" can be skipped instead.
    await s.waitFor('Have you been seen here before?');
    const choices = await s.waitFor('Enter: confirm');
    expect(choices).toContain('Skip this question');
    expect(choices).not.toContain('Prefer not to answer');
    s.choose(2);
    await at(s, 'You have reached the end of the questions.', () => s.press(KEY.enter));
    expect(await s.exited).toBe(0);
    expect(saved(file).context.answers).toEqual({ 'a.age': 40, 'a.note': 'prefer-not-to-answer' });
  });
});
