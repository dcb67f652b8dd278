import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { RecipeError } from './core/errors.js';
import type { Finding, Language, Resolution, Severity } from './core/types.js';
import { RESOLUTIONS, SEVERITIES } from './core/types.js';
import { VERSION } from './core/version.js';
import { indexFiles, readSource, type ProjectIndex } from './index/index.js';
import { checkQueries, matchRules, toFindings, tsWantsOf } from './match/index.js';
import { loadRecipe, type Recipe } from './recipes/index.js';
import { newRunId, writeRunFolder, type RunFolder, type RunReport } from './report/index.js';

export interface RunOptions {
  recipeFile: string;
  /** The tree to scan. */
  root: string;
  /** Where run folders go. */
  outDir: string;
  maxFileSize: number;
  /** Scan `node_modules` too (vendored dependencies). */
  includeNodeModules?: boolean;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface RunResult {
  report: RunReport;
  folder: RunFolder;
}

/** One `refactor run`: recipe → index → match → report. Every dependency is explicit; nothing here prints. */
export async function run(options: RunOptions): Promise<RunResult> {
  const started = new Date();
  const t0 = performance.now();
  const recipe = await loadRecipe(options.recipeFile);
  const queryProblems = checkQueries(recipe);
  if (queryProblems.length > 0) throw new RecipeError(queryProblems);

  const root = path.resolve(options.root);
  const index = await indexFiles({
    root,
    files: recipe.files,
    ignores: recipe.ignores,
    maxFileSize: options.maxFileSize,
    ...(options.includeNodeModules ? { includeNodeModules: true } : {}),
    languages: new Set(recipe.rules.map((r) => r.language)),
    queries: queriesByLanguage(recipe),
    tsWants: tsWantsOf(recipe),
    ...(options.onProgress ? { onFile: (done: number, total: number) => options.onProgress?.('index', done, total) } : {}),
  });
  const t1 = performance.now();
  const matches = matchRules(recipe, index);
  const t2 = performance.now();
  const findings = toFindings(matches, await readLinesOf(root, new Set(matches.map((m) => m.file))));

  const report = buildReport({ recipe, index, findings, started, timings: { ...index.timings, matchMs: t2 - t1, totalMs: performance.now() - t0 } });
  const folder = await writeRunFolder(path.resolve(options.outDir), report);
  return { report, folder };
}

function queriesByLanguage(recipe: Recipe): Partial<Record<Language, string[]>> {
  const queries: Partial<Record<Language, string[]>> = {};
  for (const rule of recipe.rules) if (rule.match.kind === 'query') (queries[rule.language] ??= []).push(...rule.match.options);
  return queries;
}

/** Reads again just the files with findings, for snippets: the index does not keep file texts. */
async function readLinesOf(root: string, files: ReadonlySet<string>): Promise<(file: string) => string[]> {
  const lines = new Map<string, string[]>();
  for (const file of files) {
    const read = await readSource(path.join(root, file));
    lines.set(file, read.ok ? read.text.split(/\r?\n/) : []);
  }
  return (file) => lines.get(file) ?? [];
}

interface ReportInput {
  recipe: Recipe;
  index: ProjectIndex;
  findings: Finding[];
  started: Date;
  timings: RunReport['stats']['timings'];
}

function buildReport({ recipe, index, findings, started, timings }: ReportInput): RunReport {
  const byRule = countBy(findings, (f) => f.ruleId);
  const byLanguage: RunReport['stats']['byLanguage'] = {};
  for (const f of index.files) {
    const entry = (byLanguage[f.language] ??= { files: 0, lines: 0 });
    entry.files++;
    entry.lines += f.lines;
  }
  const languagesUsed = new Set<Language>(recipe.rules.map((r) => r.language));
  return {
    schemaVersion: 1,
    tool: { name: 'refactor', version: VERSION },
    runId: newRunId(started),
    recipe: { name: recipe.name, file: recipe.file, ...(recipe.description ? { description: recipe.description } : {}) },
    root: index.root,
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    stats: {
      filesScanned: index.files.length,
      filesSkipped: index.skipped.length,
      filesWithErrors: new Set(index.problems.map((p) => p.path)).size,
      gitignored: index.gitignored,
      lines: index.files.reduce((n, f) => n + f.lines, 0),
      bytes: index.files.reduce((n, f) => n + f.bytes, 0),
      byLanguage,
      skipped: index.skipped,
      problems: index.problems,
      ...(index.tsCheck ? { typeChecker: index.tsCheck } : {}),
      legacyEncodings: Object.fromEntries(
        index.files.filter((f) => f.encoding !== 'utf-8' && languagesUsed.has(f.language)).map((f) => [f.path, f.encoding]),
      ),
      timings: roundTimings(timings),
    },
    rules: recipe.rules.map((r) => ({
      id: r.id,
      language: r.language,
      message: r.message,
      ...(r.note ? { note: r.note } : {}),
      severity: r.severity,
      effortMinutes: r.effortMinutes,
      findings: byRule.get(r.id) ?? 0,
    })),
    summary: {
      findings: findings.length,
      debtMinutes: findings.reduce((n, f) => n + f.effortMinutes, 0),
      bySeverity: tally(SEVERITIES, findings, (f) => f.severity) as Record<Severity, number>,
      byResolution: tally(RESOLUTIONS, findings, (f) => f.resolution) as Record<Resolution, number>,
    },
    findings,
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function tally<T>(keys: readonly string[], items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts = countBy(items, key);
  return Object.fromEntries(keys.map((k) => [k, counts.get(k) ?? 0]));
}

function roundTimings<T extends Record<string, number>>(timings: T): T {
  return Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])) as T;
}
