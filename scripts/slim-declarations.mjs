// After `tsup`: the declarations of the bundled questionnaires type their prose as `string`.
//
// `defineQuestionnaire` keeps a definition's literal types, so `AnswersOf`, the typed flow and the compile-time
// checks know every item id, kind and option value. The declaration emit keeps every string literal, prose
// included: each question, option label, citation and licence, in English and Spanish, as a type (about a third
// of dist/questionnaires.d.ts, which every consumer's compiler parses and checks). Prose plays no part in any
// type the library computes, so here it becomes `string`; ids, kinds, option values and conditions stay literal.
import { readFileSync, writeFileSync } from 'node:fs';

/** Keys whose string-literal values are prose: the bundled questionnaires' locales and an instrument's provenance. */
const PROSE = ['en', 'es', 'citation', 'licence', 'url'];
const literal = new RegExp(`(readonly (?:${PROSE.join('|')}): )"(?:[^"\\\\]|\\\\.)*"`, 'g');

for (const file of ['dist/questionnaires.d.ts', 'dist/questionnaires.d.cts']) {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(literal, '$1string');
  writeFileSync(file, after);
  console.log(`slim-declarations: ${file} ${(before.length / 1024).toFixed(0)} KB → ${(after.length / 1024).toFixed(0)} KB`);
}
