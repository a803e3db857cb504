// Regenerates the instrument catalogue in docs/instruments.md: `npx jiti tests/docs/write-catalogue.ts`.
import { writeCatalogue } from './catalogue.js';

writeCatalogue();
