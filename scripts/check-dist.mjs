// Loads every built entry through the package's own exports, in ESM and CJS, and checks the public names.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const expected = {
  'intake-screening': ['defineQuestionnaire', 'parseQuestionnaire', 'createIntakeMachine', 'summarize', 'renderSummary', 'QuestionnaireError'],
  'intake-screening/questionnaires': ['substanceUseIntake', 'briefScreen', 'phq9', 'gad7', 'pcPtsd5', 'asq', 'auditC', 'taps'],
  'intake-screening/json-schema': ['toJsonSchema', 'toUiSchema', 'referralSummaryJsonSchema'],
  'intake-screening/language-guard': ['findGuardedPhrases', 'GUARDED_PHRASES'],
  'intake-screening/fhir': ['toFhirQuestionnaire', 'toFhirQuestionnaireResponse', 'fromFhirQuestionnaire'],
};
let failed = 0;
for (const [entry, names] of Object.entries(expected)) {
  const esm = await import(entry);
  const cjs = require(entry);
  for (const name of names) {
    for (const [kind, mod] of [['ESM', esm], ['CJS', cjs]]) {
      if (mod[name] === undefined) {
        console.error(`${entry} (${kind}) does not export ${name}`);
        failed++;
      }
    }
  }
}
if (failed > 0) process.exit(1);
console.log(`check-dist: ${Object.keys(expected).length} entries load in ESM and CJS with their public names`);
