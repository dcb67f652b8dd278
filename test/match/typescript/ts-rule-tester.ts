import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/match/hit.js';
import type { LinkedTsFile } from '../../../src/index/index.js';
import { extractTsFacts } from '../../../src/index/typescript/extract-ts-facts.js';
import { linkTypeScript, type TsLinkInput } from '../../../src/index/typescript/link-ts.js';
import { grammarOf } from '../../../src/index/typescript/ts-grammar.js';
import { TS_MATCHERS } from '../../../src/match/typescript/registry.js';
import type { TsMatcher } from '../../../src/match/typescript/ts-matcher.js';
import { tsWantsOf } from '../../../src/match/typescript/ts-wants.js';
import type { MatchSpec, MatcherKindFor, MatcherOptions } from '../../../src/match/specs.js';
import type { Recipe, Rule } from '../../../src/recipes/types.js';

type MatcherKind = MatcherKindFor<'typescript'>;

/** Extra project files, by path relative to the case's folder, that the case file can import. */
type Project = Record<string, string>;

export interface ValidCase<K extends MatcherKind> {
  name: string;
  code: string;
  options: MatcherOptions<K>[];
  /** The case file's name (default `case.js`); its extension picks the grammar and how TypeScript reads it. */
  file?: string;
  project?: Project;
  /** A known tool bug this case exposes: the case runs as `it.fails` until the bug is fixed. */
  knownBug?: string;
}

export interface InvalidCase<K extends MatcherKind> extends ValidCase<K> {
  /**
   * Expected hits as `line:column resolution` (and ` symbol` when given), in source order. A project
   * module in a symbol is named relative to the case's folder (`lib/legacy#older`).
   */
  hits: string[];
}

export interface TsCases<K extends MatcherKind> {
  valid: ValidCase<K>[];
  invalid: InvalidCase<K>[];
}

/**
 * typescript-eslint's RuleTester, for TS/JS matchers: `valid` code must produce no hit, `invalid` code
 * exactly the listed hits. The code goes through the real pass 1 (tree-sitter), pass 2 (the TypeScript
 * checker) and matcher. Building a program takes seconds, so all cases of one call share a single
 * program: each case lives in its own folder (`case-<n>/`) of one temp dir, so its relative imports
 * resolve, but TypeScript merges the top-level declarations of every *script* (a file with no
 * import, export or require) into one global scope — keep such cases free of global declarations —
 * and candidate filtering is project-wide: an alias (`export { parse as parseUrl }`) or a `@deprecated`
 * name declared by one case makes that name a candidate in every case.
 * The checker's wants are what a recipe with one rule per case would ask for.
 */
export function testTsMatcher<K extends MatcherKind>(kind: K, cases: TsCases<K>): void {
  const all = [...cases.valid.map((c) => ({ ...c, hits: [] })), ...cases.invalid];
  const linked = new Map<string, LinkedTsFile>();
  let root = '';

  describe(`typescript matcher: ${kind}`, () => {
    beforeAll(async () => {
      root = await mkdtemp(path.join(os.tmpdir(), `refactor-ts-${kind}-`));
      const inputs = await Promise.all(all.map((c, i) => writeCase(root, i, c, kind === 'query' ? (c.options as string[]) : [])));
      const { files } = await linkTypeScript(root, inputs.flat(), tsWantsOf(recipeOf(all.map((c) => ({ kind, options: c.options }) as MatchSpec))));
      for (const file of files) linked.set(file.path, file);
    });
    afterAll(() => rm(root, { recursive: true, force: true }));

    const check = (c: InvalidCase<K>, i: number) => () => {
      const file = linked.get(casePath(i, c));
      if (!file) throw new Error(`case ${i} was not linked`);
      const matcher = TS_MATCHERS[kind] as TsMatcher<K>;
      const withSymbol = c.hits.some((h) => h.split(' ').length > 2);
      // Sorted as matchRules sorts them: a matcher lists an outer call of a chain before the inner one.
      const hits = matcher.match(file, c.options).sort((a, b) => a.range.start.offset - b.range.start.offset);
      expect(hits.map((h) => format(h, withSymbol).replace(`case-${i}/`, ''))).toEqual(c.hits);
    };
    describe('valid (no hits)', () => {
      cases.valid.forEach((c, i) => (c.knownBug ? it.fails : it)(title(c), check({ ...c, hits: [] }, i)));
    });
    describe('invalid (hits)', () => {
      cases.invalid.forEach((c, i) => (c.knownBug ? it.fails : it)(title(c), check(c, cases.valid.length + i)));
    });
  });
}

function title(c: ValidCase<MatcherKind>): string {
  return c.knownBug ? `${c.name} [known bug: ${c.knownBug}]` : c.name;
}

function casePath(index: number, c: ValidCase<MatcherKind>): string {
  return `case-${index}/${c.file ?? 'case.js'}`;
}

/** Writes a case's files to disk (the checker resolves imports there) and runs pass 1 on each. */
async function writeCase(root: string, index: number, c: ValidCase<MatcherKind>, queries: readonly string[]): Promise<TsLinkInput[]> {
  const files = { [c.file ?? 'case.js']: c.code, ...c.project };
  return Promise.all(
    Object.entries(files).map(async ([name, text]) => {
      const relative = `case-${index}/${name}`;
      const absPath = path.join(root, relative);
      await mkdir(path.dirname(absPath), { recursive: true });
      await writeFile(absPath, text);
      const facts = extractTsFacts(text, grammarOf(relative), relative === casePath(index, c) ? queries : []);
      return { path: relative, absPath, facts, readText: async () => text };
    }),
  );
}

/** A recipe with one TS rule per match spec: what `tsWantsOf` derives the checker's wants from. */
export function recipeOf(specs: readonly MatchSpec[]): Recipe {
  const rules = specs.map(
    (match, i): Rule => ({
      id: `rule-${i}`,
      language: 'typescript',
      match,
      message: 'test',
      severity: 'minor',
      effortMinutes: 0,
      metadata: {},
      source: { file: 'test.yaml', line: i + 1 },
    }),
  );
  return { name: 'test', file: 'test.yaml', files: [], ignores: [], rules };
}

function format(hit: Hit, withSymbol: boolean): string {
  const base = `${hit.range.start.line}:${hit.range.start.column} ${hit.resolution}`;
  return withSymbol ? `${base} ${hit.symbol ?? ''}` : base;
}
