import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fencedBlocks } from '../docs/samples.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

// The guide's React samples are files of the example app, which the end-to-end tests run in Chromium; the docs test
// type-checks them. This keeps the guide and the code that runs the same text.
describe('the React samples of docs/embedding.md', () => {
  it('are the example app’s Intake.tsx and SafetyQuestions.tsx, word for word', () => {
    const samples = fencedBlocks(read('docs/embedding.md'), 'tsx').map((b) => b.code);
    expect(samples).toEqual([read('examples/clinic-intake-react/src/Intake.tsx'), read('examples/clinic-intake-react/src/SafetyQuestions.tsx')]);
  });
});
