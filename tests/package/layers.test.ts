import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * The source folders, bottom-up. A file may import from its own folder or from
 * a folder of a lower layer, never from a higher one nor from a sibling of the
 * same layer (the two exporters stay apart).
 */
const LAYERS: readonly (readonly string[])[] = [
  ['src/issues', 'src/language-guard'],
  ['src/conditions'],
  ['src/definition'],
  // The one place a locale is resolved and issues are worded (reads definitions' texts, nothing that runs).
  ['src/locale'],
  ['src/engine'],
  ['src/summary'],
  ['src/flow'],
  // Packs of the library's wording in other languages: data, typed by the summary's phrase tables.
  ['src/locales'],
  ['src/index.ts', 'src/json-schema', 'src/fhir/common', 'src/web'],
  // The React hook and component sit on the element's session and the element itself.
  ['src/react'],
  ['src/fhir/export', 'src/fhir/import'],
  ['src/fhir/index.ts', 'questionnaires'],
  ['src/cli'],
];

function unitOf(file: string): string {
  for (const layer of LAYERS) for (const unit of layer) if (file === unit || file.startsWith(`${unit}/`)) return unit;
  throw new Error(`${file} is in no layer: add its folder to LAYERS`);
}

const rank = (unit: string) => LAYERS.findIndex((layer) => layer.includes(unit));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Every relative import (static, re-export or dynamic) of a file, as repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    relative(root, resolve(root, dirname(file), (m[1] as string).replace(/\.js$/, '.ts'))),
  );
}

/** Whether an import from `from` to `to` runs up a layer or across to a sibling. */
function upward(from: string, to: string): boolean {
  const a = unitOf(from);
  const b = unitOf(to);
  return a !== b && rank(b) >= rank(a);
}

const files = [...sources('src'), ...sources('questionnaires')];
const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));

describe('source layers (definition and conditions, engine, summary, flow, exporters, CLI)', () => {
  it('reads the import graph of every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'src/engine/evaluation.ts', to: 'src/engine/compute-score.ts' });
    // The import this layering removed, and the exporters' separation, are judged wrong.
    expect(upward('src/definition/define-questionnaire.ts', 'src/engine/compute-score.ts')).toBe(true);
    expect(upward('src/fhir/export/to-fhir-questionnaire.ts', 'src/fhir/import/answer-mapping.ts')).toBe(true);
    expect(upward('src/json-schema/to-json-schema.ts', 'src/fhir/common/constants.ts')).toBe(true);
    expect(upward('src/flow/answer-step.ts', 'src/engine/check-answer.ts')).toBe(false);
  });

  it('no import runs up a layer or across to a sibling of the same layer', () => {
    const wrong = edges.filter(({ from, to }) => upward(from, to)).map(({ from, to }) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });

  it('the bundled questionnaires use only the public API, as a clinic would', () => {
    const deep = edges.filter(({ from, to }) => from.startsWith('questionnaires/') && !to.startsWith('questionnaires/') && to !== 'src/index.ts');
    expect(deep.map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });
});
