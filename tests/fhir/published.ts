import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One published Questionnaire in tests/fixtures/fhir, as `published.json` lists it. */
export interface PublishedForm {
  /** Path under tests/fixtures/fhir. */
  readonly file: string;
  readonly publisher: string;
  /** Where it was copied from: repository, commit and path. */
  readonly source: string;
  readonly licence: string;
  readonly sha256: string;
}

const dir = path.resolve(import.meta.dirname, '../fixtures/fhir');

/** Every published Questionnaire in the fixtures, with its source and licence. */
export const PUBLISHED: readonly PublishedForm[] = JSON.parse(readFileSync(path.join(dir, 'published.json'), 'utf8')) as PublishedForm[];

/** A published fixture as parsed JSON. */
export function loadPublished(file: string): unknown {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
}
