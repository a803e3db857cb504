import { answersOf } from '../../src/flow/answers-of.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt } from './build-cli.js';
import { scratch } from './helpers.js';
import { PtySession } from './pty-session.js';

// Issue 21, point 11, in a terminal: "Which one do you want help with most?" lists only the substances the
// person chose, starts with none of them chosen, and refuses nothing the person could pick.

beforeAll(ensureCliBuilt, 60_000);
const tmp = scratch();
afterAll(() => tmp.remove());
const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

const SUBSTANCES = ['Heroin', 'Fentanyl', 'Alcohol', 'Cannabis'].map((en) => ({ value: en.toLowerCase(), text: { en } }));
const definition = {
  id: 'main-substance',
  version: '1.0.0',
  title: { en: 'Main substance' },
  sections: [
    {
      id: 'use',
      title: { en: 'Substance use' },
      instrument: { kind: 'descriptive', name: 'Substance use' },
      items: [
        { id: 'use.used', kind: 'multi', text: { en: 'Which of these have you used?' }, options: SUBSTANCES, preferNotToAnswer: true },
        {
          id: 'use.main',
          kind: 'single',
          text: { en: 'Which one do you want help with most?' },
          options: SUBSTANCES,
          optionsFrom: 'use.used',
          when: { answered: 'use.used' },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
};

describe('run in a terminal: options taken from an earlier answer', { timeout: 90_000 }, () => {
  it('lists only the substances the person chose, with none chosen, and records the pick', async () => {
    const file = join(tmp.dir, 'finished.json');
    const s = new PtySession(['run', '--questionnaire', tmp.file('main.json', definition), '--save', file], {}, tmp.dir);
    sessions.push(s);
    await s.waitFor('Which of these have you used?');
    await s.waitFor('Enter: confirm');
    s.mark(1, 3); // Fentanyl, Cannabis
    await s.waitFor('Which one do you want help with most?');
    const list = await s.waitFor('Enter: confirm');
    expect(list).toContain('Fentanyl');
    expect(list).toContain('Cannabis');
    expect(list).not.toContain('Heroin');
    expect(list).not.toContain('Alcohol');
    expect(list).toContain('Prefer not to answer');
    expect(list, 'the list starts with an answer chosen').not.toContain('●');
    s.pick(1); // the second one shown: Cannabis
    await s.waitFor('You have reached the end of the questions.');
    await s.waitFor('Enter: confirm');
    s.pick(0);
    expect(await s.exited).toBe(0);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { status: string; context: { answerEntries: [string, unknown][] } };
    expect(saved.status).toBe('done');
    expect(answersOf(saved.context)).toEqual({ 'use.used': ['fentanyl', 'cannabis'], 'use.main': 'cannabis' });
  });
});
