import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { briefScreen, US_CRISIS_RESOURCES } from '../../questionnaires/index.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { ui } from '../../src/cli/interactive/ui-text.js';
import { PATIENT_PHRASES, fillPhrase } from '../../src/summary/phrases.js';
import { ensureCliBuilt } from './build-cli.js';
import { briefScreenOpening, runCli, SAMPLES, scratch } from './helpers.js';
import { KEY, PtySession } from './pty-session.js';
import { es as esPack } from '../../src/locales/es.js';

beforeAll(ensureCliBuilt, 60_000);
const tmp = scratch();
afterAll(() => tmp.remove());
const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

const es = (key: Parameters<typeof ui>[0], values: Readonly<Record<string, string | number>> = {}) => ui(key, 'es', values);
const section = (n: number) => briefScreen.sections[n - 1]?.title.es ?? '';
const question = (id: string) =>
  (briefScreen as Questionnaire).sections
    .flatMap((s) => s.items)
    .find((i) => i.id === id)
    ?.text.es?.slice(0, 40) ?? id;

/** Wait for a question and our Spanish key hints (the prompt is fully drawn, nothing chosen), then answer it. */
async function at(s: PtySession, text: string, answer: () => void): Promise<void> {
  await s.waitFor(text);
  expect(await s.waitFor(es('selectKeys'))).not.toContain('●');
  answer();
}

describe('run --locale es in a terminal', { timeout: 60_000 }, () => {
  it('asks in Spanish, shows the crisis resources in Spanish, and ends with the Spanish summary', async () => {
    const s = new PtySession(['run', 'brief-screen', '--locale', 'es'], {}, tmp.dir);
    sessions.push(s);
    await s.waitFor(section(1));
    await s.waitFor(section(2));
    await briefScreenOpening(s, 'es'); // "Sobre usted", TAPS-1 "Nunca", no withdrawal
    await s.waitFor(section(5));
    await at(s, question('phq9.q1'), () => s.press(KEY.enter));
    await s.waitFor(es('chooseFirst'));
    s.pick(0);
    await at(s, question('phq9.q2'), () => s.pick(0));
    for (const id of ['gad7.q1', 'gad7.q2']) await at(s, question(id), () => s.pick(0));

    await s.waitFor(section(7));
    await at(s, question('asq.q1'), () => s.pick(0)); // Sí
    for (const id of ['asq.q2', 'asq.q3', 'asq.q4']) await at(s, question(id), () => s.pick(1)); // No
    await at(s, question('asq.q5'), () => s.pick(0)); // thoughts of suicide right now: Sí

    const crisis = await s.waitFor(es('acknowledgePrompt'));
    expect(crisis).toContain(es('crisisTitle'));
    expect(crisis.replace(/[\s│]+/g, ' ')).toContain(US_CRISIS_RESOURCES.es.slice(0, 60));
    await s.waitFor(es('selectKeys'));
    s.pick(0);
    await s.waitFor(question('asq.q5.describe'));
    await s.waitFor(es('textSkip'));
    s.press(KEY.enter); // the optional description, left empty
    await s.waitFor(es('skipped'));

    await s.waitFor(section(8));
    await at(s, question('living.home-support'), () => s.pick(0)); // Sí
    await at(s, question('living.transport'), () => s.pick(0)); // Sí
    await s.waitFor(question('cooccurring.told'));
    await s.waitFor(es('multiKeys'));
    s.mark(6); // "Ninguno de estos"
    await s.waitFor(question('cooccurring.concerns'));
    await s.waitFor(es('multiKeys'));
    s.mark(5);

    await at(s, es('review'), () => s.pick(0));
    await s.waitFor(fillPhrase(esPack.phrases.patient.title, { title: briefScreen.title.es }));
    await s.waitFor(esPack.phrases.patient.crisis);
    await s.waitFor(esPack.phrases.patient.disclaimer.slice(0, 40));
    await s.waitFor(es('reportWritten', { file: '' }).trim());
    expect(await s.exited).toBe(0);

    // Nothing of clack's or our English was left on screen.
    expect(s.text).not.toMatch(/Enter: confirm(?!ar)/);
    for (const english of [
      'to navigate',
      'to choose',
      '% done',
      '← Back',
      'Prefer not to answer',
      'Your answers',
      'What happens next',
      'Nothing is chosen',
      'care team',
    ]) {
      expect(s.text, english).not.toContain(english);
    }
  });
});

describe('run --locale es: prompts clack would word in English', { timeout: 60_000 }, () => {
  it('asks for at least one choice of a required checklist in Spanish', async () => {
    const definition = tmp.file('required-multi.json', {
      id: 'required-multi',
      version: '1.0.0',
      title: { en: 'Choices', es: 'Opciones' },
      locales: ['en', 'es'],
      sections: [
        {
          id: 'a',
          title: { en: 'Support', es: 'Apoyo' },
          instrument: { kind: 'descriptive', name: 'Support' },
          items: [
            {
              id: 'a.help',
              kind: 'multi',
              required: true,
              text: { en: 'What help would you like?', es: '¿Qué ayuda le gustaría recibir?' },
              options: [
                { value: 'housing', text: { en: 'Housing', es: 'Vivienda' } },
                { value: 'work', text: { en: 'Work', es: 'Trabajo' } },
              ],
            },
          ],
        },
      ],
    });
    const s = new PtySession(['run', '--questionnaire', definition, '--locale', 'es'], {}, tmp.dir);
    sessions.push(s);
    await s.waitFor('¿Qué ayuda le gustaría recibir?');
    await s.waitFor(es('multiKeys'));
    s.press(KEY.enter);
    await s.waitFor(es('chooseOne'));
    s.press(KEY.space, KEY.enter);
    await at(s, es('review'), () => s.pick(0));
    expect(await s.exited).toBe(0);
    expect(s.text).not.toContain('Please select at least one option');
  });
});

describe('run --locale es with an answers file', () => {
  it.each(Object.entries(SAMPLES))('prints the %s sample summary in Spanish', async (_name, file) => {
    const r = await runCli(['run', '--locale', 'es', '--answers', file, '--audience', 'patient']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(esPack.phrases.patient.next);
    expect(r.stdout).toContain(esPack.phrases.patient.disclaimer);
    expect(r.stdout).not.toContain(PATIENT_PHRASES.next.en);
    expect(r.stdout).not.toContain(PATIENT_PHRASES.disclaimer.en);
  });

  it('prints the JSON summary with every string in Spanish and locale "es"', async () => {
    const r = await runCli(['run', '--locale', 'es', '--format', 'json', '--answers', SAMPLES.brief]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { locale: string; questionnaire: { title: string } };
    expect(summary.locale).toBe('es');
    expect(summary.questionnaire.title).toBe(briefScreen.title.es);
  });

  it('documents --locale in the help of run and summarize', async () => {
    for (const command of ['run', 'summarize']) {
      const r = await runCli([command, '--help']);
      expect(r.stdout).toMatch(/--locale TAG\s+Language/);
    }
  });

  it('exports a Spanish JSON Schema, and a FHIR Questionnaire that carries the Spanish', async () => {
    const schema = await runCli(['export', '--format', 'json-schema', '--locale', 'es', '--questionnaire', 'brief-screen']);
    expect(schema.code).toBe(0);
    const parsed = JSON.parse(schema.stdout) as { title: string; properties: Record<string, { title: string }> };
    expect(parsed.title).toBe(briefScreen.title.es);
    expect(parsed.properties['asq.q1']?.title).toBe(briefScreen.sections[6]?.items[0]?.text.es);
    const fhir = await runCli(['export', '--format', 'fhir', '--questionnaire', 'brief-screen']);
    const resource = JSON.parse(fhir.stdout) as {
      title: string;
      _title: { extension: { extension: { url: string; valueCode?: string; valueString?: string }[] }[] };
    };
    expect(resource.title).toBe(briefScreen.title.en);
    expect(resource._title.extension[0]?.extension).toEqual([
      { url: 'lang', valueCode: 'es' },
      { url: 'content', valueString: briefScreen.title.es },
    ]);
  });

  it('refuses a locale that is not a language tag', async () => {
    const r = await runCli(['run', '--locale', 'spanish', '--answers', SAMPLES.brief]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--locale');
  });
});
