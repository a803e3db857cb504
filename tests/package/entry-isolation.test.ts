import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Every source file an entry reaches through relative imports (static and dynamic). */
function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [resolve(root, entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      stack.push(resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')));
    }
  }
  return new Set([...seen].map((f) => relative(root, f)));
}

describe('package entries', () => {
  it('json-schema does not reach the FHIR code, and FHIR does not reach the JSON Schema code', () => {
    const jsonSchema = reach('src/json-schema/index.ts');
    const fhir = reach('src/fhir/index.ts');
    expect([...jsonSchema].filter((f) => f.startsWith('src/fhir/'))).toEqual([]);
    expect([...fhir].filter((f) => f.startsWith('src/json-schema/'))).toEqual([]);
    expect(jsonSchema.has('src/json-schema/to-json-schema.ts')).toBe(true);
    expect(fhir.has('src/fhir/export/to-fhir-questionnaire.ts')).toBe(true);
  });

  it('the core entry reaches neither exporter, the CLI nor the bundled questionnaires', () => {
    const core = [...reach('src/index.ts')];
    expect(core.filter((f) => /^(src\/(fhir|json-schema|cli)|questionnaires)\//.test(f))).toEqual([]);
  });

  it('nothing outside the CLI touches the file system, the network or the console', () => {
    const library = new Set([
      ...reach('src/index.ts'),
      ...reach('questionnaires/index.ts'),
      ...reach('src/json-schema/index.ts'),
      ...reach('src/fhir/index.ts'),
      ...reach('src/language-guard/index.ts'),
      ...reach('src/web/index.ts'),
      ...reach('src/react/index.ts'),
    ]);
    for (const file of library) {
      // Doc comments hold usage examples; only code counts.
      const text = readFileSync(resolve(root, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      expect(text, file).not.toMatch(/from ['"](node:)?(fs|fs\/promises|net|http|https|dgram|child_process)['"]/);
      expect(text, file).not.toMatch(/\bfetch\(|XMLHttpRequest|\bconsole\.(log|info|warn|error|debug)\(/);
    }
  });
});
