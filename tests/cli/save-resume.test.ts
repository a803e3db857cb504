import { answersOf } from '../../src/flow/answers-of.js';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, ROOT } from './build-cli.js';
import { expectNoStack, runCli, SAMPLES, scratch } from './helpers.js';

beforeAll(ensureCliBuilt, 60_000);
const tmp = scratch();
afterAll(() => tmp.remove());

const brief = (JSON.parse(readFileSync(join(ROOT, SAMPLES.brief), 'utf8')) as { answers: Record<string, unknown> }).answers;
const pick = (keep: (id: string) => boolean) => Object.fromEntries(Object.entries(brief).filter(([id]) => keep(id)));
const firstPart = (id: string) => /^(about|auditc|taps|withdrawal|phq9|gad7)\./.test(id);

describe('run --save and --resume without a terminal', { timeout: 60_000 }, () => {
  it('saves where a partial run stopped, and finishes it from there with the rest of the answers', async () => {
    const part1 = tmp.file('part1.json', { questionnaire: 'brief-screen', answers: pick(firstPart) });
    const part2 = tmp.file(
      'part2.json',
      pick((id) => !firstPart(id)),
    );
    const paused = join(tmp.dir, 'paused.json');
    const done = join(tmp.dir, 'done.json');

    const stopped = await runCli(['run', '--answers', part1, '--save', paused]);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('item "asq.q1"');
    expectNoStack(stopped.stderr);
    const snapshot = JSON.parse(readFileSync(paused, 'utf8')) as { status: string; context: { questionnaireId: string; answerEntries: [string, unknown][] } };
    expect(snapshot.status).toBe('active');
    expect(snapshot.context.questionnaireId).toBe('brief-screen');
    expect(answersOf(snapshot.context)).toEqual(pick(firstPart));
    // It holds a person's answers: readable by the owner only.
    expect(statSync(paused).mode & 0o077).toBe(0);

    const [resumed, whole] = await Promise.all([
      runCli(['run', '--resume', paused, '--answers', part2, '--save', done, '--format', 'json']),
      runCli(['run', '--answers', SAMPLES.brief, '--format', 'json']),
    ]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout)).toEqual(JSON.parse(whole.stdout));
    expect((JSON.parse(readFileSync(done, 'utf8')) as { status: string }).status).toBe('done');
  });

  it('refuses a snapshot of another questionnaire and --resume with nothing to answer; re-asks a damaged saved answer', async () => {
    const finished = join(tmp.dir, 'finished.json');
    const paused = join(tmp.dir, 'paused-before-home.json');
    await runCli(['run', '--answers', SAMPLES.brief, '--save', finished]);
    // Stopped in the ASQ section, whose question 4 (required) the file leaves out.
    const stopped = await runCli([
      'run',
      '--answers',
      tmp.file('no-q4.json', { questionnaire: 'brief-screen', answers: pick((id) => id !== 'asq.q4') }),
      '--save',
      paused,
    ]);
    expect(stopped.stderr).toContain('item "asq.q4"');
    const damage = (file: string, name: string, itemId: string) => {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { context: { answerEntries: [string, unknown][] } };
      const answerEntries = stored.context.answerEntries.map(([id, value]) => [id, id === itemId ? 'MARKER-snapshot-value' : value]);
      return tmp.file(name, { ...stored, context: { ...stored.context, answerEntries } });
    };
    const damaged = damage(paused, 'damaged.json', 'phq9.q1');
    const damagedFinished = damage(finished, 'damaged-finished.json', 'asq.q1');
    const [foreign, broken, brokenFinished, noTerminal] = await Promise.all([
      runCli(['run', '--resume', finished, '--questionnaire', 'phq9', '--answers', tmp.file('phq9.json', { 'phq9.q1': 0 })]),
      runCli(['run', '--resume', damaged, '--answers', SAMPLES.brief]),
      runCli(['run', '--resume', damagedFinished, '--answers', SAMPLES.brief]),
      runCli(['run', '--resume', finished]),
    ]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain(`${finished}: cannot be resumed`);
    expect(foreign.stderr).toContain('[snapshot-foreign]');
    // The flow drops the damaged answer; the answers file, read again from the start of its section, supplies it.
    expect(broken.code, broken.stderr).toBe(0);
    expect(broken.stderr).toContain(`${damaged}: 1 saved answer could not be used`);
    expect(broken.stderr).toContain('phq9.q1');
    expect(broken.stderr + broken.stdout).not.toContain('MARKER-snapshot-value');
    // A finished intake that no longer passes what SUBMIT checks (a required answer lost) is refused (issue 16, case 4).
    expect(brokenFinished.code).toBe(1);
    expect(brokenFinished.stderr).toContain(`${damagedFinished}: cannot be resumed`);
    expect(brokenFinished.stderr).toContain('[snapshot-unfinished]');
    expect(brokenFinished.stderr + brokenFinished.stdout).not.toContain('MARKER-snapshot-value');
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain('run --resume needs a terminal');
    for (const r of [foreign, broken, brokenFinished, noTerminal]) expectNoStack(r.stderr);
  });
});
