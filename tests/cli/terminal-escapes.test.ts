/**
 * Untrusted strings (definition texts, resumed free-text answers, answer-file
 * keys, snapshot ids and versions) reach the terminal with every control and
 * invisible character escaped: in a pseudo-terminal nothing sets the title,
 * clears the screen or reorders text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt } from './build-cli.js';
import { runCli, scratch } from './helpers.js';
import { KEY, PtySession } from './pty-session.js';

const tmp = scratch();
beforeAll(ensureCliBuilt, 120_000);
afterAll(() => tmp.remove());
const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);
const TITLE = `${ESC}]0;owned${BEL}`;
const CLEAR = `${ESC}[2J${ESC}[H`;
const CSI8 = '\u009b31m';
const BIDI = '\u202e';
const ATTACK = `${TITLE}${CLEAR}${CSI8}${BIDI}x`;
/** What a terminal would act on or hide, other than the newline, carriage return and the CLI's own escape sequences. */
const raw = (out: string) => [TITLE, `${ESC}[2J`, CSI8, BIDI].filter((s) => out.includes(s));

function definitionFile(): string {
  const def = {
    id: 'hostile',
    version: '1.0.0',
    title: { en: `Hostile ${ATTACK}` },
    sections: [
      {
        id: 's',
        title: { en: `Section ${ATTACK}` },
        instrument: { kind: 'descriptive', name: 'S' },
        items: [
          { id: 's.note', kind: 'text', text: { en: `Note ${ATTACK}` } },
          { id: 's.more', kind: 'boolean', text: { en: 'More?' }, required: true },
        ],
      },
    ],
  };
  return tmp.file('hostile.json', def);
}

describe('the CLI in a terminal', { timeout: 60_000 }, () => {
  it('escapes definition texts and a resumed free-text answer (an OSC title and a clear-screen were seen raw)', async () => {
    const def = definitionFile();
    const snapshot = join(tmp.dir, 'paused.json');
    const first = await runCli(['run', '--questionnaire', def, '--answers', tmp.file('part.json', { 's.note': `typed ${ATTACK}` }), '--save', snapshot]);
    expect(raw(first.stdout + first.stderr)).toStrictEqual([]);

    const s = new PtySession(['run', '--questionnaire', def, '--resume', snapshot]);
    sessions.push(s);
    // The section starts again at the free-text question, its saved answer shown for editing.
    await s.waitFor('Note \\u001b]0;owned\\u0007');
    await s.waitFor('typed \\u001b]0;owned\\u0007');
    expect(raw(s.text)).toStrictEqual([]);
    s.press(KEY.ctrlC);
  });
});

describe('the CLI writing to a pipe', { timeout: 60_000 }, () => {
  it('escapes answer-file keys, snapshot ids and versions in its messages', async () => {
    const answers = tmp.file('keys.json', { questionnaire: 'brief-screen', answers: { [`bad${ATTACK}`]: 1 } });
    const keyed = await runCli(['summarize', '--answers', answers]);
    expect(keyed.code).toBe(1);
    expect(keyed.stderr).toContain('bad\\u001b]0;owned');
    expect(raw(keyed.stderr)).toStrictEqual([]);

    const foreign = join(tmp.dir, 'foreign.json');
    writeFileSync(
      foreign,
      JSON.stringify({ status: 'active', value: 'answering', context: { questionnaireId: `q${ATTACK}`, questionnaireVersion: `1${ATTACK}`, answers: {} } }),
    );
    const resumed = await runCli(['run', '--resume', foreign, '--answers', tmp.file('none.json', {})]);
    expect(resumed.code).not.toBe(0);
    expect(raw(resumed.stdout + resumed.stderr)).toStrictEqual([]);
  });
});
