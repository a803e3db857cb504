import { answersOf } from '../../src/flow/answers-of.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../src/definition/types.js';
import { gad7 } from '../../questionnaires/index.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { initialIntakeSnapshot, resumeIntake, resumeIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { summarize } from '../../src/summary/summarize.js';

const machine = createIntakeMachine<Questionnaire>(gad7);
const items = [1, 2, 3, 4, 5, 6, 7].map((n) => `gad7.q${n}`);

function finish(actor: ReturnType<typeof createActor<typeof machine>>) {
  for (const itemId of items) actor.send({ type: 'ANSWER', itemId, value: 2 });
  actor.send({ type: 'NEXT' });
  actor.send({ type: 'SUBMIT' });
  const s = actor.getSnapshot();
  expect(s.status).toBe('done');
  return s;
}

describe('the locale is an input of the flow', () => {
  it('writes the output summary in the input locale, exactly as summarize would', () => {
    const s = finish(createActor(machine, { input: { locale: 'es' } }).start());
    expect(s.context.locale).toBe('es');
    expect(s.output?.locale).toBe('es');
    expect(s.output).toEqual(summarize(gad7, answersOf(s.context), { locale: 'es' }));
    expect(s.output).not.toEqual(summarize(gad7, answersOf(s.context)));
  });

  it('writes English without an input, and falls back from a regional tag to its language', () => {
    expect(finish(createActor(machine).start()).output?.locale).toBe('en');
    expect(createActor(machine, { input: { locale: 'es-MX' } }).getSnapshot().context.locale).toBe('es');
    expect(createActor(machine, { input: { locale: 'fr' } }).getSnapshot().context.locale).toBe('en');
  });

  it('refuses a locale that is not a BCP 47 tag with a QuestionnaireError, as summarize refuses its locale option', () => {
    const errored = createActor(machine, { input: { locale: 'not a tag' } }).getSnapshot();
    expect(errored.status).toBe('error');
    expect((errored.error as QuestionnaireError).issues.map((i) => [i.code, i.path])).toEqual([['wrong-type', ['options', 'locale']]]);
    expect(() => initialIntakeSnapshot(machine, { locale: 5 as never })).toThrow(QuestionnaireError);
  });

  it('keeps the locale through a persisted snapshot, and a resume may change it', () => {
    const first = createActor(machine, { input: { locale: 'es' } }).start();
    first.send({ type: 'ANSWER', itemId: 'gad7.q1', value: 1 });
    const stored = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
    expect(finish(resumeIntake(machine, stored)).output?.locale).toBe('es');
    expect(finish(resumeIntake(machine, stored, { locale: 'en' })).output?.locale).toBe('en');
    let s = resumeIntakeSnapshot(machine, stored);
    for (const itemId of items) s = stepIntake(machine, s, { type: 'ANSWER', itemId, value: 0 });
    s = stepIntake(machine, stepIntake(machine, s, { type: 'NEXT' }), { type: 'SUBMIT' });
    expect(s.output?.locale).toBe('es');
  });
});

describe('hosts show the flow’s own output', () => {
  const root = resolve(import.meta.dirname, '../..');
  const sources = (dir: string) =>
    readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
      .map((e) => relative(root, join(e.parentPath, e.name)));
  const calls = (file: string) =>
    (
      readFileSync(join(root, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .match(/\bsummarize\(/g) ?? []
    ).length;

  it('the CLI summarizes only answers files (the summarize command, and file answers a flow does not take), never a flow again', () => {
    const callers = sources('src/cli').filter((f) => calls(f) > 0);
    expect(callers).toEqual(['src/cli/print-summary.ts']);
    const runFiles = ['src/cli/run-terminal.ts', 'src/cli/interactive/run-interactive.ts'];
    for (const f of runFiles) expect(readFileSync(join(root, f), 'utf8')).not.toMatch(/printSummary\(|summarize\(/);
  });

  it('the example page never calls summarize', () => {
    expect(sources('examples/clinic-intake-web/src').filter((f) => calls(f) > 0)).toEqual([]);
  });
});
