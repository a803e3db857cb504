import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefScreen, bundledQuestionnaires } from '../../questionnaires/index.js';
import { CLINICIAN_RATED } from '../../src/definition/instrument.js';
import { ensureCliBuilt, ROOT } from './build-cli.js';
import { expectNoStack, runCli, SAMPLES, scratch } from './helpers.js';

beforeAll(ensureCliBuilt, 60_000);
const tmp = scratch();
afterAll(() => tmp.remove());

const sample = (file: string) => (JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { answers: Record<string, unknown> }).answers;

describe('export', { timeout: 60_000 }, () => {
  it('prints each format as JSON that fits its target', async () => {
    const [schema, ui, fhir, response] = await Promise.all([
      runCli(['export', '--format', 'json-schema', '--questionnaire', 'brief-screen']),
      runCli(['export', '--format', 'ui-schema', '-q', 'brief-screen', '--locale', 'es']),
      runCli(['export', '--format', 'fhir', '--questionnaire', 'brief-screen', '--canonical-base', 'https://fhir.clinic.example/r4/']),
      runCli(['export', '--format', 'fhir-response', '--answers', SAMPLES.brief, '--canonical-base', 'https://fhir.clinic.example/r4']),
    ]);
    for (const r of [schema, ui, fhir, response]) {
      expect(r.code, r.stderr).toBe(0);
      expectNoStack(r.stderr);
    }

    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(schema.stdout) as object);
    expect(validate(sample(SAMPLES.brief)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...sample(SAMPLES.brief), 'living.transport': 'maybe' })).toBe(false);

    const uischema = JSON.parse(ui.stdout) as { type: string; elements: { label: string }[] };
    expect(uischema.type).toBe('Categorization');
    expect(uischema.elements.map((e) => e.label)).toHaveLength(briefScreen.sections.length);

    const questionnaire = JSON.parse(fhir.stdout) as { resourceType: string; url: string; item: unknown[] };
    expect(questionnaire.resourceType).toBe('Questionnaire');
    // The one canonical base setting reaches the Questionnaire and the response that points at it.
    expect(questionnaire.url).toBe('https://fhir.clinic.example/r4/Questionnaire/brief-screen');

    const qr = JSON.parse(response.stdout) as { resourceType: string; questionnaire: string; status: string };
    expect(qr.resourceType).toBe('QuestionnaireResponse');
    expect(qr.questionnaire).toBe(`${questionnaire.url}|${briefScreen.version}`);
    expect(qr.status).toBe('completed');
  });
});

describe('run a clinician-rated questionnaire', { timeout: 60_000 }, () => {
  it("prints the clinician's view by default, with the rating notice, and the person's view only when asked", async () => {
    const ratings = {
      'ciwaar.nausea': 1,
      'ciwaar.tremor': 4,
      'ciwaar.sweats': 1,
      'ciwaar.anxiety': 4,
      'ciwaar.agitation': 1,
      'ciwaar.tactile': 0,
      'ciwaar.auditory': 0,
      'ciwaar.visual': 0,
      'ciwaar.headache': 1,
      'ciwaar.orientation': 0,
    };
    const file = tmp.file('ciwaar.json', { questionnaire: 'ciwaar', answers: ratings });
    const [byDefault, patient] = await Promise.all([runCli(['run', '--answers', file]), runCli(['run', '--answers', file, '--audience', 'patient'])]);
    for (const r of [byDefault, patient]) expect(r.code, r.stderr).toBe(0);
    expect(byDefault.stdout).toContain('Referral summary: Clinical Institute Withdrawal Assessment for Alcohol, revised (CIWA-Ar)');
    expect(byDefault.stdout).toContain(CLINICIAN_RATED.en);
    expect(byDefault.stdout).toMatch(/ · Moderate range \(ASAM 2020\)(: [^·\n]*)? · /);
    expect(patient.stdout).toContain('Your answers: Clinical Institute Withdrawal Assessment for Alcohol, revised (CIWA-Ar)');
    expect(patient.stdout).not.toContain('Moderate range');
  });
});

describe('export --canonical-base', { timeout: 60_000 }, () => {
  it('refuses a base that is not an absolute http(s) URL, as bad usage', async () => {
    const r = await runCli(['export', '--format', 'fhir', '-q', 'gad7', '--canonical-base', 'clinic.example/fhir']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--canonical-base takes an absolute http(s) URL');
  });
});

describe('export --keys form', { timeout: 60_000 }, () => {
  it('spells keys for JSON Forms in both schemas, so every UI control binds a schema property', async () => {
    const [schema, ui] = await Promise.all([
      runCli(['export', '--format', 'json-schema', '-q', 'brief-screen', '--keys', 'form']),
      runCli(['export', '--format', 'ui-schema', '-q', 'brief-screen', '--keys', 'form']),
    ]);
    const properties = Object.keys((JSON.parse(schema.stdout) as { properties: object }).properties);
    expect(properties).toContain('taps:tobacco:frequency');
    expect(properties.filter((p) => p.includes('.'))).toEqual([]);
    const scopes = [...ui.stdout.matchAll(/"scope": "#\/properties\/([^"]+)"/g)].map((m) => m[1]);
    expect(scopes.length).toBeGreaterThan(0);
    for (const scope of scopes) expect(properties).toContain(scope);
  });
});

describe('validate', { timeout: 60_000 }, () => {
  const bad = {
    id: 'clinic-intake',
    version: 'one',
    title: { en: 'Clinic intake' },
    sections: [
      {
        id: 'use',
        title: { en: 'Use' },
        instrument: { kind: 'descriptive', name: 'Use' },
        items: [
          { id: 'use.injects', kind: 'boolean', text: { en: 'Have you injected drugs?' }, when: { item: 'use.naloxone', eq: true } },
          { id: 'use.naloxone', kind: 'boolean', text: { en: 'Do you have naloxone?' }, when: { item: 'use.inject', eq: true } },
        ],
      },
    ],
  };

  it('accepts a valid definition (exit 0) and lists every issue of a bad one with its path (exit 1)', async () => {
    const good = tmp.file('brief.json', briefScreen);
    const badFile = tmp.file('bad.json', bad);
    const [ok, text, json] = await Promise.all([runCli(['validate', good]), runCli(['validate', badFile]), runCli(['validate', badFile, '--format', 'json'])]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`${good}: valid questionnaire "brief-screen" ${briefScreen.version}`);

    expect(text.code).toBe(1);
    expectNoStack(text.stderr);
    const lines = text.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/issues?; the definition is not valid\.$/);
    expect(lines.some((l) => l.startsWith(`${badFile}: version:`))).toBe(true);

    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { valid: boolean; issues: { code: string; path: (string | number)[] }[] };
    expect(report.valid).toBe(false);
    expect(report.issues.length).toBe(lines.length - 1);
    expect(report.issues.map((i) => i.path.join('.'))).toContain('version');
  });

  it('reports the static checks with their paths once the schema passes', async () => {
    const file = tmp.file('refs.json', { ...bad, version: '1.0.0' });
    const r = await runCli(['validate', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { issues: { code: string; path: (string | number)[]; itemId?: string }[] };
    const codes = report.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['forward-reference', 'unknown-item']));
    for (const i of report.issues) expect(i.path.slice(0, 3)).toEqual(['sections', 0, 'items']);
    const text = await runCli(['validate', file]);
    expect(text.stdout).toContain(`${file}: sections[0].items[0].when: item "use.naloxone":`);
  });

  it('shows the static checks of the well-formed parts beside the schema issues, in one run', async () => {
    const mixed = {
      ...bad,
      sections: [
        ...bad.sections,
        {
          id: 'mood',
          title: { en: 'Mood' },
          instrument: { kind: 'descriptive', name: 'Mood' },
          items: [
            { id: 'mood.low', kind: 'scale', text: { en: 'Low?' } }, // no options: a schema issue
            { id: 'mood.note', kind: 'text', text: { en: 'Tell us more' }, when: { item: 'mood.low', gte: 1 } },
            { id: 'mood.other', kind: 'text', text: { en: 'Other?' }, when: { item: 'mood.lwo', gte: 1 } },
          ],
        },
      ],
    };
    const file = tmp.file('mixed.json', mixed);
    const r = await runCli(['validate', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const issues = (JSON.parse(r.stdout) as { issues: { code: string; path: (string | number)[]; itemId?: string }[] }).issues;
    const found = issues.map((i) => `${i.code} ${i.path.join('.')}`);
    // The schema's, as before…
    expect(found).toContain('invalid-definition version');
    expect(found.some((f) => f.startsWith('invalid-definition sections.1.items.0'))).toBe(true);
    // …and the static checks of what is well formed, with paths into the file.
    expect(found).toContain('forward-reference sections.0.items.0.when');
    expect(found).toContain('unknown-item sections.0.items.1.when');
    expect(found).toContain('unknown-item sections.1.items.2.when');
    // Not: that the item left out for its schema issue "does not exist".
    expect(issues.filter((i) => i.itemId === 'mood.low' && i.code === 'unknown-item')).toEqual([]);
  });

  it('names a file that is not JSON (exit 1)', async () => {
    const file = tmp.file('not-json.json', '{ "id": "x", }');
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`intake-screening: ${file}: is not valid JSON (line 1, column 14).\n`);
  });

  it('runs a questionnaire from a definition file', async () => {
    const file = tmp.file('brief-copy.json', briefScreen);
    const r = await runCli(['summarize', '--questionnaire', file, '--answers', SAMPLES.brief, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { questionnaire: { id: string } }).questionnaire.id).toBe('brief-screen');
  });
});

describe('list, help and version', { timeout: 60_000 }, () => {
  it('lists every bundled questionnaire and each validated instrument with its licence', async () => {
    const [text, json] = await Promise.all([runCli(['list']), runCli(['list', '--format', 'json'])]);
    expect(text.code).toBe(0);
    for (const id of Object.keys(bundledQuestionnaires)) expect(text.stdout).toMatch(new RegExp(`^  ${id} `, 'm'));
    const listing = JSON.parse(json.stdout) as { questionnaires: { id: string }[]; instruments: { name: string; rater: string; licence: string }[] };
    expect(listing.questionnaires.map((q) => q.id)).toEqual(Object.keys(bundledQuestionnaires));
    expect(listing.instruments.map((i) => i.name)).toEqual(expect.arrayContaining(['PHQ-9', 'GAD-7', 'PC-PTSD-5', 'ASQ', 'AUDIT-C', 'TAPS', 'CIWA-Ar']));
    for (const i of listing.instruments) expect(text.stdout).toContain(`Licence: ${i.licence}`);
    // A clinician-rated instrument is listed as such, and only it.
    expect(listing.instruments.filter((i) => i.rater === 'clinician').map((i) => i.name)).toEqual(['CIWA-Ar']);
    expect(text.stdout.match(/^ {2}\S.*\(clinician-rated\)$/gm)).toEqual([
      '  CIWA-Ar: Clinical Institute Withdrawal Assessment for Alcohol, revised (clinician-rated)',
    ]);
  });

  it('prints help for the program and each command, and the package version', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const commands = ['run', 'summarize', 'export', 'validate', 'list'];
    const [help, v, helpRun, ...each] = await Promise.all([
      runCli(['--help']),
      runCli(['--version']),
      runCli(['help', 'run']),
      ...commands.map((c) => runCli([c, '--help'])),
    ]);
    expect(help.code).toBe(0);
    for (const c of commands) expect(help.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(help.stdout).toContain('{ "questionnaire": "<id>"');
    expect(v.stdout).toBe(`${version}\n`);
    expect(helpRun.stdout).toMatch(/^Usage: intake-screening run/);
    each.forEach((r, i) => {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: intake-screening ${commands[i]}`));
    });
  });
});
