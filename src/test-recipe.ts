import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { RecipeError } from './core/errors.js';
import { indexFiles, splitLines } from './index/index.js';
import { checkQueries, javaWantsOf, matchRules, toFindings, tsWantsOf } from './match/index.js';
import { loadRecipe, loadRecipeTests, testsFileOf, type Recipe, type RecipeTestCase } from './recipes/index.js';
import { planRewrites, verifyByReparsing } from './rewrite/index.js';

export interface CaseResult {
  ruleId: string;
  name: string;
  line: number;
  ok: boolean;
  /** Why it failed: a unified diff of expected vs actual, or a finding count. */
  failure?: string;
}

export interface RecipeTestResult {
  testsFile: string;
  cases: CaseResult[];
  /** Rules with a fix but no case. */
  untested: string[];
}

/**
 * `refactor test RECIPE`: runs the cases beside the recipe through the real pipeline (index, match,
 * rewrite, re-parse) in one temporary tree, each case seeing only its own rule's fixes.
 */
export async function testRecipe(recipeFile: string): Promise<RecipeTestResult> {
  const recipe = await loadRecipe(recipeFile);
  const queryProblems = checkQueries(recipe);
  if (queryProblems.length > 0) throw new RecipeError(queryProblems);
  const testsFile = testsFileOf(recipeFile);
  const cases = await loadRecipeTests(testsFile);
  const rules = new Map(recipe.rules.map((r) => [r.id, r]));
  const unknown = cases.filter((c) => !rules.has(c.ruleId));
  if (unknown.length > 0) {
    throw new RecipeError(unknown.map((c) => ({ file: testsFile, line: c.line, column: 1, key: c.ruleId, message: `no rule "${c.ruleId}" in ${recipeFile}` })));
  }

  const root = await mkdtemp(path.join(os.tmpdir(), 'refactor-recipe-test-'));
  try {
    const placed = await writeCases(root, cases, recipe);
    const index = await indexFiles({
      root,
      files: ['**/*'],
      ignores: [],
      maxFileSize: 2 * 1024 * 1024,
      languages: new Set(recipe.rules.map((r) => r.language)),
      queries: {},
      tsWants: tsWantsOf(recipe),
      javaWants: javaWantsOf(recipe),
    });
    const matches = matchRules(recipe, index);
    const texts = new Map(placed.map((p) => [p.path, p.case.before]));
    const findings = toFindings(matches, (file) => splitLines(texts.get(file) ?? ''));
    const results = await Promise.all(placed.map(async ({ path: file, case: c }) => {
      const own = findings.filter((f) => f.file === file && f.ruleId === c.ruleId);
      const plan = planRewrites(own, recipe.rules, index, (f) => (f === file ? { text: c.before, encoding: 'utf-8', bom: false } : undefined));
      const [change] = await verifyByReparsing(plan.changes);
      const actual = change && change.verification.ok ? change.after : c.before;
      return judge(c, file, own.length, actual, change?.verification.reason);
    }));
    const tested = new Set(cases.map((c) => c.ruleId));
    return { testsFile, cases: results, untested: recipe.rules.filter((r) => r.fix && !tested.has(r.id)).map((r) => r.id) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function writeCases(root: string, cases: readonly RecipeTestCase[], recipe: Recipe) {
  const placed: Array<{ path: string; case: RecipeTestCase }> = [];
  for (const [i, c] of cases.entries()) {
    const language = recipe.rules.find((r) => r.id === c.ruleId)?.language;
    const dir = `${c.ruleId}/${i + 1}`;
    const file = `${dir}/${c.file ?? (language === 'java' ? 'Case.java' : 'case.js')}`;
    for (const [rel, code] of [[file.slice(dir.length + 1), c.before] as const, ...Object.entries(c.project ?? {})]) {
      const abs = path.join(root, dir, rel);
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, code);
    }
    placed.push({ path: file, case: c });
  }
  return placed;
}

function judge(c: RecipeTestCase, file: string, found: number, actual: string, rejection: string | undefined): CaseResult {
  const base = { ruleId: c.ruleId, name: c.name, line: c.line };
  const expected = c.after ?? c.before;
  if (c.findings !== undefined && found !== c.findings) return { ...base, ok: false, failure: `expected ${c.findings} finding(s) of ${c.ruleId}, found ${found}` };
  if (c.findings === undefined && expected !== c.before && found === 0) return { ...base, ok: false, failure: `expected a finding of ${c.ruleId}, found none` };
  if (actual === expected) return { ...base, ok: true };
  const diff = createTwoFilesPatch(`expected/${path.basename(file)}`, `actual/${path.basename(file)}`, expected, actual, '', '', { context: 2 });
  const why = rejection ? `the fix was rejected: ${rejection}\n` : '';
  // Drop jsdiff's "=====" separator line; keep the ---/+++ header and the hunks.
  return { ...base, ok: false, failure: why + diff.split('\n').filter((line) => !/^=+$/.test(line)).join('\n').trimEnd() };
}
