import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ENTRIES, ROOT, projectOptions } from './tsdoc-audit.js';

/** A code sample from a guide or a TSDoc `@example`. */
export interface Sample {
  /** Where it comes from, e.g. `docs/running-the-flow.md:42`. */
  readonly origin: string;
  /** A file name for it, unique within one run. */
  readonly name: string;
  readonly code: string;
  /** False for a block fenced as ```` ```ts check-only ````: type-checked, never run. */
  readonly run?: boolean;
}

/** The guides, `docs/*.md`, sorted by name. */
export function guideFiles(): string[] {
  return readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join('docs', f));
}

/**
 * Every fenced block of a language in a Markdown file, with the line its code starts on.
 *
 * @param markdown - The file's text.
 * @param lang - The fence's language (`ts`, `json`, `sh`).
 * @returns The blocks in order.
 */
export function fencedBlocks(markdown: string, lang: string): { line: number; code: string; info: string }[] {
  const out: { line: number; code: string; info: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const [, indent, fence, info, rest] = open as unknown as [string, string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] as string).trimStart().startsWith(fence); j++) body.push((lines[j] as string).slice(indent.length));
    if (info === lang) out.push({ line: i + 2, code: body.join('\n') + '\n', info: rest.trim() });
    i = j;
  }
  return out;
}

/**
 * The Markdown without its fenced blocks (fences and contents become blank
 * lines), so headings and links are read from prose only.
 *
 * @param markdown - The file's text.
 * @returns The prose.
 */
export function withoutFences(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const open = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined && open !== undefined) {
        fence = open;
        return '';
      }
      if (fence !== undefined) {
        if (line.trimStart().startsWith(fence)) fence = undefined;
        return '';
      }
      return line;
    })
    .join('\n');
}

/** Every ```ts and ```tsx block of every guide. A tsx block (a React component) is type-checked, never run here. */
export function guideSamples(): Sample[] {
  return guideFiles().flatMap((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    return (['ts', 'tsx'] as const).flatMap((lang) =>
      fencedBlocks(text, lang).map(({ line, code, info }) => ({
        origin: `${file}:${line}`,
        name: `${file.replace(/^docs\//, '').replace(/\.md$/, '')}-${line}.${lang}`,
        code,
        run: lang === 'ts' && !info.split(/\s+/).includes('check-only'),
      })),
    );
  });
}

/**
 * Rewrite imports of the package to the sources, relative to where the sample
 * is written, so samples check and run without a build.
 *
 * @param code - The sample.
 * @param fromDir - The directory the sample is written to.
 * @returns The sample with package specifiers replaced.
 */
export function mapImports(code: string, fromDir: string): string {
  return code.replace(/(['"])(intake-screening(?:\/[\w-]+)*)\1/g, (whole, quote: string, specifier: string) => {
    const target = (ENTRIES as Record<string, string>)[specifier];
    if (target === undefined) return whole;
    let path = relative(fromDir, join(ROOT, target)).replace(/\.ts$/, '.js').replaceAll('\\', '/');
    if (!path.startsWith('.')) path = `./${path}`;
    return `${quote}${path}${quote}`;
  });
}

/** A folder inside the project for one run's samples, so imports of dependencies resolve. */
export function sampleDir(kind: string): string {
  const base = join(ROOT, 'tests/docs/.samples');
  mkdirSync(base, { recursive: true });
  // Nothing here belongs in git, whatever the root .gitignore says.
  writeFileSync(join(base, '.gitignore'), '*\n');
  const dir = join(base, `${kind}-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Remove a folder made by `sampleDir` (and the base when it is empty). */
export function removeSampleDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const base = dirname(dir);
  if (readdirSync(base).every((f) => f === '.gitignore')) rmSync(base, { recursive: true, force: true });
}

/**
 * Write samples as modules (each gets `export {}` so top-level names stay
 * local) and type-check them together with the project's compiler options.
 *
 * @param samples - The samples.
 * @param dir - Where to write them.
 * @returns Each sample's file, and the diagnostics of the samples' files, formatted with their origin.
 */
export function typeCheck(samples: readonly Sample[], dir: string): { files: Map<Sample, string>; diagnostics: string[] } {
  const files = new Map<Sample, string>();
  for (const s of samples) {
    const file = join(dir, s.name);
    writeFileSync(file, `${mapImports(s.code, dir)}\nexport {};\n`);
    files.set(s, file);
  }
  const program = ts.createProgram([...files.values()], { ...projectOptions(), noEmit: true });
  const origins = new Map([...files].map(([s, f]) => [resolve(f), s.origin]));
  // Only the samples' own diagnostics: checking the whole project again is `npm run typecheck`'s job.
  const diagnostics = program
    .getSourceFiles()
    .filter((f) => origins.has(resolve(f.fileName)))
    .flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])
    .map((d) => {
      const file = d.file as ts.SourceFile;
      const { line } = file.getLineAndCharacterOfPosition(d.start ?? 0);
      const origin = origins.get(resolve(file.fileName)) ?? file.fileName;
      // A guide's sample: point at the Markdown line. A TSDoc example: at the line within the example.
      const md = /^(.*\.md):(\d+)$/.exec(origin);
      const where = md ? `${md[1]}:${Number(md[2]) + line}` : `${origin} (example line ${line + 1})`;
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  return { files, diagnostics };
}

/** A checked value on the same line: `expression; // → literal`. */
const CHECKED_LINE = /^(\s*)([^\s/].*?);\s*\/\/\s*→\s*(.+?)\s*$/;
/** A checked value on its own line, for the expression statement just above it. */
const CHECK_BELOW = /^\s*\/\/\s*→\s*(.+?)\s*$/;
const STATEMENT_ABOVE = /^(\s*)(?!(?:const|let|var|if|for|while|return|throw|import|export|type|interface|function)\b)([^\s/].*?);\s*$/;

function check(indent: string, expression: string, expected: string, line: number): string {
  return `${indent}(globalThis as unknown as { __docCheck: (a: unknown, e: unknown, l: number) => void }).__docCheck((${expression}), (${expected}), ${line});`;
}

/**
 * Turn each `expression; // → literal` line of a sample (or an expression
 * statement followed by a `// → literal` line) into a check that the
 * expression deep-equals the literal, so the values a guide shows are true.
 *
 * @param code - The sample.
 * @returns The code to run; it calls `globalThis.__docCheck(actual, expected, line)`.
 */
export function withChecks(code: string): string {
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const same = CHECKED_LINE.exec(line);
    if (same) {
      const [, indent, expression, expected] = same as unknown as [string, string, string, string];
      lines[i] = check(indent, expression, expected, i + 1);
      continue;
    }
    const below = CHECK_BELOW.exec(line);
    const above = i > 0 ? STATEMENT_ABOVE.exec(lines[i - 1] as string) : null;
    if (below && above) {
      const [, indent, expression] = above as unknown as [string, string, string];
      lines[i - 1] = check(indent, expression, below[1] as string, i);
      lines[i] = '';
    } else if (below) {
      throw new Error(`Line ${i + 1} shows a value ("// →") under something that is not an expression statement.`);
    }
  }
  return lines.join('\n');
}

/** Whether a text is a plain literal: strings, numbers, booleans, null, undefined, and arrays and objects of them. */
export function isPlainLiteral(text: string): boolean {
  const file = ts.createSourceFile('literal.ts', `(${text});`, ts.ScriptTarget.ES2022, true);
  const parseErrors = (file as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics ?? [];
  const statement = file.statements[0];
  if (parseErrors.length > 0 || file.statements.length !== 1 || !statement || !ts.isExpressionStatement(statement)) return false;
  const plain = (node: ts.Node): boolean => {
    if (ts.isParenthesizedExpression(node)) return plain(node.expression);
    if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
    if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
    if (ts.isIdentifier(node)) return node.text === 'undefined';
    if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
    if (ts.isArrayLiteralExpression(node)) return node.elements.every(plain);
    if (ts.isObjectLiteralExpression(node)) {
      return node.properties.every((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && plain(p.initializer));
    }
    return false;
  };
  return plain(statement.expression);
}

/** An expression statement with a trailing comment: `expression; // comment`. */
const COMMENTED_STATEMENT = /^(\s*)(?!(?:const|let|var|if|for|while|return|throw|import|export|type|interface|function)\b)([^\s/].*?);\s*\/\/\s*(.+?)\s*$/;

/**
 * For TSDoc examples, which show results as `expression; // 'value'`: turn
 * every such line whose comment is a plain literal into a check. Comments
 * that are prose (`// e.g. …`) are left alone.
 *
 * @param code - The example.
 * @returns The code to run, and how many checks it holds.
 */
export function withLiteralChecks(code: string): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line, i) => {
    const m = COMMENTED_STATEMENT.exec(line);
    if (!m) return line;
    const [, indent, expression, comment] = m as unknown as [string, string, string, string];
    if (!isPlainLiteral(comment)) return line;
    checks++;
    return check(indent, expression, comment, i + 1);
  });
  return { code: lines.join('\n'), checks };
}

/**
 * Whether a sample runs: it declares nothing it does not define, and its
 * fence does not say `check-only` (for code that needs a browser or a long run).
 *
 * @param sample - The sample.
 * @returns True when the test should run it.
 */
export function runnable(sample: Sample): boolean {
  return sample.run !== false && !/^\s*declare\s/m.test(sample.code);
}
