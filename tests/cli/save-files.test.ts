/**
 * --save in a directory others can write to: the temporary file cannot be
 * hijacked by a planted link or file, the answers are never left readable by
 * others or behind after a failure, and a link at the target is refused
 * unless asked for.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSnapshot } from '../../src/cli/snapshot-file.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { initialIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { briefScreen } from '../../questionnaires/index.js';
import { ensureCliBuilt } from './build-cli.js';
import { runCli, SAMPLES, scratch } from './helpers.js';

const tmp = scratch();
beforeAll(ensureCliBuilt, 120_000);
afterAll(() => tmp.remove());

const machine = createIntakeMachine(briefScreen);
const snapshot = stepIntake(machine, initialIntakeSnapshot(machine), { type: 'NEXT' });
let n = 0;
const fresh = () => {
  const dir = join(tmp.dir, `case-${n++}`);
  mkdirSync(dir);
  return dir;
};
const mode = (file: string) => statSync(file).mode & 0o777;

describe('saveSnapshot in a shared directory', () => {
  it('is not written through a link planted at the old predictable temporary name', () => {
    const dir = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched');
    const file = join(dir, 'intake.json');
    symlinkSync(victim, `${file}.${process.pid}.tmp`);
    saveSnapshot(file, machine, snapshot);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ context: { questionnaireId: 'brief-screen' } });
  });

  it('leaves the answers readable by the owner only, whatever file was planted or stood there', () => {
    const dir = fresh();
    const file = join(dir, 'intake.json');
    writeFileSync(`${file}.${process.pid}.tmp`, 'planted', { mode: 0o666 });
    chmodSync(`${file}.${process.pid}.tmp`, 0o666);
    writeFileSync(file, 'old', { mode: 0o666 });
    chmodSync(file, 0o666);
    saveSnapshot(file, machine, snapshot);
    expect(mode(file)).toBe(0o600);
    expect(readFileSync(`${file}.${process.pid}.tmp`, 'utf8')).toBe('planted');
    // Nothing else is left in the directory: the temporary file was renamed.
    expect(readdirSync(dir).sort()).toStrictEqual(['intake.json', `intake.json.${process.pid}.tmp`]);
  });

  it('leaves no copy of the answers behind when the target is a directory', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'taken'));
    expect(() => saveSnapshot(join(dir, 'taken'), machine, snapshot)).toThrow(/is a directory/);
    expect(readdirSync(dir)).toStrictEqual(['taken']);
    expect(readdirSync(join(dir, 'taken'))).toStrictEqual([]);
  });

  it('refuses a symbolic link at the target and says how to follow it; follows it when asked', () => {
    const dir = fresh();
    const real = join(dir, 'real.json');
    writeFileSync(real, 'old');
    const link = join(dir, 'link.json');
    symlinkSync(real, link);
    expect(() => saveSnapshot(link, machine, snapshot)).toThrow(/symbolic link.*--follow-symlink/);
    expect(readFileSync(real, 'utf8')).toBe('old');
    saveSnapshot(link, machine, snapshot, { followSymlink: true });
    expect(JSON.parse(readFileSync(real, 'utf8'))).toMatchObject({ context: { questionnaireId: 'brief-screen' } });
    expect(mode(real)).toBe(0o600);
    expect(readdirSync(dir).sort()).toStrictEqual(['link.json', 'real.json']);
  });
});

describe('run --save through the CLI', { timeout: 60_000 }, () => {
  it('refuses a link at the target with exit 1 unless --follow-symlink is given', async () => {
    const dir = fresh();
    const real = join(dir, 'real.json');
    writeFileSync(real, 'old');
    const link = join(dir, 'link.json');
    symlinkSync(real, link);
    const refused = await runCli(['run', '--answers', SAMPLES.brief, '--save', link]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--follow-symlink');
    expect(readFileSync(real, 'utf8')).toBe('old');
    const followed = await runCli(['run', '--answers', SAMPLES.brief, '--save', link, '--follow-symlink']);
    expect(followed.code, followed.stderr).toBe(0);
    expect(JSON.parse(readFileSync(real, 'utf8'))).toHaveProperty('context');
  });
});
