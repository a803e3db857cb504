import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sample } from './sample.js';
import { toFhirQuestionnaire } from '../../src/fhir/to-fhir-questionnaire.js';
import { toFhirQuestionnaireResponse } from '../../src/fhir/to-fhir-questionnaire-response.js';
const require = createRequire(import.meta.url);
const { Fhir } = require('fhir');
it('scratch', () => {
  const { resource, issues } = toFhirQuestionnaire(sample);
  writeFileSync('/tmp/sample-q.json', JSON.stringify(resource, null, 1));
  const qr = toFhirQuestionnaireResponse(sample, { 'about.sex': 'female', 'about.age': 'prefer-not-to-answer', 'use.substances': ['heroin', 'alcohol'], 'use.route': 'smoking', 'audit.q1': 2, 'audit.q2': 1, 'audit.q3': 3, 'audit.q4': 1, 'about.home': true });
  writeFileSync('/tmp/sample-qr.json', JSON.stringify(qr, null, 1));
  const f = new Fhir();
  console.log(JSON.stringify(issues, null, 1));
  console.log(JSON.stringify(f.validate(resource, { errorOnUnexpected: true }).messages.filter((m: {severity: string}) => m.severity !== 'info'), null, 1));
  console.log(JSON.stringify(f.validate(qr, { errorOnUnexpected: true }).messages.filter((m: {severity: string}) => m.severity !== 'info'), null, 1));
});
