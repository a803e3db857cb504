import { beforeAll, describe, expect, it } from 'vitest';
import type { FhirBundle, FhirObservation } from '../../src/fhir/index.js';
import { fhirValidatorProblems, medplumProblems } from '../fhir/fhir-validators.js';
import { ensureCliBuilt } from './build-cli.js';
import { expectNoStack, runCli, SAMPLES } from './helpers.js';

beforeAll(ensureCliBuilt, 60_000);
// Medplum indexes the R4 definitions once per file (several seconds).
beforeAll(() => void medplumProblems({ resourceType: 'Basic', code: { text: 'warm-up' } }), 60_000);

const BUNDLE = ['export', '--format', 'fhir-bundle', '--answers', SAMPLES.acute];

describe('export --format fhir-bundle', { timeout: 60_000 }, () => {
  it('prints a transaction bundle both validators accept, for the patient and date given', async () => {
    const r = await runCli([...BUNDLE, '--subject', 'Patient/p-7', '--authored', '2026-01-05T10:00:00Z', '--locale', 'es']);
    expect(r.code, r.stderr).toBe(0);
    const bundle = JSON.parse(r.stdout) as FhirBundle;
    expect(bundle.type).toBe('transaction');
    expect(fhirValidatorProblems(bundle)).toEqual([]);
    const totals = bundle.entry.flatMap((e) => (e.resource.resourceType === 'Observation' ? [e.resource as FhirObservation] : []));
    expect(totals.length).toBeGreaterThan(0);
    for (const o of totals) expect(o.subject).toEqual({ reference: 'Patient/p-7' });
    expect(bundle.entry[0]?.resource).toMatchObject({ resourceType: 'QuestionnaireResponse', language: 'es', authored: '2026-01-05T10:00:00Z' });
  });

  it('needs a patient and a date (usage, exit 2), and names a bad date without a stack (exit 1)', async () => {
    const missing = await runCli([...BUNDLE, '--authored', '2026-01-05']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('needs --answers FILE.json, --subject REFERENCE and --authored DATETIME');
    const bad = await runCli([...BUNDLE, '--subject', 'Patient/p-7', '--authored', 'yesterday']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('authored');
    expect(bad.stderr).toContain('[wrong-type]');
    expectNoStack(bad.stderr);
  });
});
