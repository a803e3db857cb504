// Regenerates the published-forms table in docs/form-schemas-and-fhir.md: `npx jiti tests/fhir/write-fixture-table.ts`.
import { writeFixtureTable } from './fixture-table.js';

writeFixtureTable();
