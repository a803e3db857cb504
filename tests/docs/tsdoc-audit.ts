import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Every public entry, by the specifier a user imports it with. */
export const ENTRIES = {
  'intake-screening': 'src/index.ts',
  'intake-screening/questionnaires': 'questionnaires/index.ts',
  'intake-screening/json-schema': 'src/json-schema/index.ts',
  'intake-screening/fhir': 'src/fhir/index.ts',
  'intake-screening/language-guard': 'src/language-guard/index.ts',
  'intake-screening/web': 'src/web/index.ts',
  'intake-screening/react': 'src/react/index.ts',
  'intake-screening/locales/es': 'src/locales/es.ts',
} as const;

/** One public export, with what its TSDoc comment holds. */
export interface PublicExport {
  readonly entry: keyof typeof ENTRIES;
  readonly name: string;
  /** Where it is declared, relative to the root, with its line. */
  readonly file: string;
  readonly line: number;
  readonly kind: 'function' | 'class' | 'variable' | 'type' | 'interface';
  readonly summary: string;
  /** Parameter names of the function, or of the public constructor of the class. */
  readonly params: readonly string[];
  readonly documentedParams: readonly string[];
  /** Whether it returns something a caller reads (not void). */
  readonly returnsValue: boolean;
  readonly hasReturns: boolean;
  /** The body of each `@example` tag. */
  readonly examples: readonly string[];
}

/** Compiler options of the project, read from tsconfig.json. */
export function projectOptions(): ts.CompilerOptions {
  const file = ts.readConfigFile(resolve(ROOT, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  return ts.parseJsonConfigFileContent(file.config, ts.sys, ROOT).options;
}

type Declaration = ts.FunctionDeclaration | ts.ClassDeclaration | ts.VariableDeclaration | ts.TypeAliasDeclaration | ts.InterfaceDeclaration;

const sources = new Map<string, ts.SourceFile>();
function source(file: string): ts.SourceFile {
  let s = sources.get(file);
  if (!s) {
    s = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    sources.set(file, s);
  }
  return s;
}

const target = (from: string, specifier: string) => resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/**
 * The declaration behind each export name of a module, following
 * `export { … } from`, `export *` and `export { … }` of imported names. Read
 * from the syntax alone: no type checker, so it is fast.
 *
 * @param file - An absolute path to a `.ts` module.
 * @param seen - Modules on the current path, against cycles.
 * @returns Export name → declaration.
 */
export function moduleExports(file: string, seen: ReadonlySet<string> = new Set()): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  if (seen.has(file)) return out;
  const path = new Set([...seen, file]);
  const s = source(file);
  const imported = new Map<string, { from: string; name: string }>();
  for (const st of s.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !st.importClause?.namedBindings) continue;
    if (!ts.isNamedImports(st.importClause.namedBindings)) continue;
    for (const el of st.importClause.namedBindings.elements) {
      imported.set(el.name.text, { from: target(file, st.moduleSpecifier.text), name: (el.propertyName ?? el.name).text });
    }
  }
  const local = new Map<string, Declaration>();
  for (const st of s.statements) {
    if (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isInterfaceDeclaration(st)) {
      if (st.name) local.set(st.name.text, st);
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) local.set(d.name.text, d);
    }
  }
  for (const st of s.statements) {
    if (ts.isExportDeclaration(st)) {
      const from = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? target(file, st.moduleSpecifier.text) : undefined;
      if (!st.exportClause && from) {
        for (const [name, d] of moduleExports(from, path)) if (!out.has(name)) out.set(name, d);
        continue;
      }
      if (!st.exportClause || !ts.isNamedExports(st.exportClause)) continue;
      for (const el of st.exportClause.elements) {
        const name = el.name.text;
        const inner = (el.propertyName ?? el.name).text;
        let d: Declaration | undefined;
        if (from) d = moduleExports(from, path).get(inner);
        else if (local.has(inner)) d = local.get(inner);
        else {
          const via = imported.get(inner);
          if (via) d = moduleExports(via.from, path).get(via.name);
        }
        if (d) out.set(name, d);
      }
    } else if (exported(st)) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) out.set(d.name.text, d);
      } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isInterfaceDeclaration(st)) && st.name) {
        out.set(st.name.text, st);
      }
    }
  }
  return out;
}

function text(parts: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  if (parts === undefined) return '';
  if (typeof parts === 'string') return parts;
  return parts.map((p) => (p.kind === ts.SyntaxKind.JSDocText ? p.text : p.getText())).join('');
}

/** The JSDoc blocks written directly above a declaration (a variable's live on its statement). */
function docsOf(decl: ts.Node): readonly ts.JSDoc[] {
  const host = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  return (host as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
}

function isInternal(docs: readonly ts.JSDoc[]): boolean {
  return docs.some((d) => (d.tags ?? []).some((t) => t.tagName.text === 'internal'));
}

function kindOf(decl: Declaration): PublicExport['kind'] {
  if (ts.isFunctionDeclaration(decl)) return 'function';
  if (ts.isClassDeclaration(decl)) return 'class';
  if (ts.isVariableDeclaration(decl)) return 'variable';
  if (ts.isTypeAliasDeclaration(decl)) return 'type';
  return 'interface';
}

/** Whether a function returns a value: an annotation other than void, or a `return` with a value in its own body. */
function returnsValue(fn: ts.FunctionDeclaration): boolean {
  if (fn.type) return !/^(void|Promise<void>|never)$/.test(fn.type.getText());
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found = true;
    else ts.forEachChild(node, visit);
  };
  if (fn.body) ts.forEachChild(fn.body, visit);
  return found;
}

/**
 * Every export of the public entries with its TSDoc. Exports marked
 * `@internal` are left out, as TypeDoc leaves them out.
 *
 * @returns One record per (entry, export name), in entry and export order.
 */
export function publicExports(): PublicExport[] {
  const out: PublicExport[] = [];
  for (const [entry, path] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][]) {
    for (const [name, decl] of moduleExports(resolve(ROOT, path))) {
      const docs = docsOf(decl);
      if (isInternal(docs)) continue;
      const tags = docs.flatMap((d) => [...(d.tags ?? [])]);
      const documentedParams = tags.filter(ts.isJSDocParameterTag).map((t) => t.name.getText());
      let params: string[] = [];
      if (ts.isFunctionDeclaration(decl)) params = decl.parameters.map((p) => p.name.getText());
      if (ts.isClassDeclaration(decl)) {
        const ctor = decl.members.find(ts.isConstructorDeclaration);
        const ctorDocs = ctor ? docsOf(ctor) : [];
        const hidden = !ctor || isInternal(ctorDocs) || ctor.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword) === true;
        params = hidden ? [] : ctor.parameters.map((p) => p.name.getText());
        documentedParams.push(
          ...ctorDocs
            .flatMap((d) => [...(d.tags ?? [])])
            .filter(ts.isJSDocParameterTag)
            .map((t) => t.name.getText()),
        );
      }
      const file = decl.getSourceFile();
      out.push({
        entry,
        name,
        file: relative(ROOT, file.fileName),
        line: file.getLineAndCharacterOfPosition(decl.getStart()).line + 1,
        kind: kindOf(decl),
        summary: docs
          .map((d) => text(d.comment))
          .join('\n')
          .trim(),
        params,
        documentedParams,
        returnsValue: ts.isFunctionDeclaration(decl) && returnsValue(decl),
        hasReturns: tags.some((t) => t.tagName.text === 'returns' || t.tagName.text === 'return'),
        examples: tags.filter((t) => t.tagName.text === 'example').map((t) => text(t.comment)),
      });
    }
  }
  return out;
}

/** The fenced ```ts code of an `@example` body, or undefined when it has none. */
export function exampleCode(example: string): string | undefined {
  const match = /```(?:ts|typescript)[^\n]*\n([\s\S]*?)```/.exec(example);
  return match?.[1];
}

/**
 * What a public export's TSDoc lacks: a summary, an `@param` per parameter,
 * `@returns` when it returns a value, a fenced ```ts `@example`.
 *
 * @param e - The export.
 * @returns One phrase per gap; empty when complete.
 */
export function docGaps(e: PublicExport): string[] {
  const gaps: string[] = [];
  if (e.summary === '') gaps.push('a summary line');
  for (const p of e.params) if (!e.documentedParams.includes(p)) gaps.push(`@param ${p}`);
  if (e.kind === 'function' && e.returnsValue && !e.hasReturns) gaps.push('@returns');
  if (!e.examples.some((x) => exampleCode(x) !== undefined)) gaps.push('a fenced ```ts @example');
  return gaps;
}

/**
 * The `@example` code of every public export, once per declaration (an export
 * re-exported by two entries has one comment).
 *
 * @param exports - From `publicExports`.
 * @returns One sample per fenced example.
 */
export function tsdocExamples(exports: readonly PublicExport[]): { origin: string; name: string; code: string }[] {
  const seen = new Set<string>();
  return exports.flatMap((e) => {
    const key = `${e.file}:${e.line}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return e.examples.flatMap((body, i) => {
      const code = exampleCode(body);
      return code === undefined ? [] : [{ origin: `${key} ${e.name}`, name: `tsdoc-${e.name}-${i}.ts`, code }];
    });
  });
}
