import path from 'node:path';
import { performance } from 'node:perf_hooks';
import PQueue from 'p-queue';
import { RecipeError } from './core/errors.js';
import type { FileChange, Language, Resolution, Severity } from './core/types.js';
import { RESOLUTIONS, SEVERITIES } from './core/types.js';
import { VERSION } from './core/version.js';
import { indexFiles, Locator, readSource, splitLines, type ParseWorkers, type ProjectIndex } from './index/index.js';
import { checkQueries, javaWantsOf, matchRules, toFindings, tsWantsOf } from './match/index.js';
import { applyChanges, buildPatchSet, writePatchSet, type ApplyResult, type GroupBy, type PatchSet } from './patch/index.js';
import { loadRecipe, type Recipe } from './recipes/index.js';
import { newRunId, writeRunFolder, type FindingFix, type RunFolder, type RunReport } from './report/index.js';
import { planRewrites, verifyByReparsing, verifyByTypeChecking, verifyWithCommand, type SourceText } from './rewrite/index.js';

export interface RunOptions {
  recipeFile: string;
  /** The tree to scan. */
  root: string;
  /** Where run folders go. */
  outDir: string;
  maxFileSize: number;
  /** Threads for parsing and linking; default one per core. */
  jobs?: number;
  /** Parse workers started ahead, for `jobs` (see index/parse-workers.ts); the caller still closes them. */
  workers?: ParseWorkers;
  /** Scan `node_modules` too (vendored dependencies). */
  includeNodeModules?: boolean;
  /** How patches are split into files. */
  groupBy: GroupBy;
  /** Write the verified changes into the scanned tree. */
  apply?: { force: boolean };
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface RunResult {
  report: RunReport;
  folder: RunFolder;
  /** What --apply wrote, when asked. */
  applied?: ApplyResult;
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
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.includeNodeModules ? { includeNodeModules: true } : {}),
    languages: new Set(recipe.rules.map((r) => r.language)),
    queries: queriesByLanguage(recipe),
    tsWants: tsWantsOf(recipe),
    javaWants: javaWantsOf(recipe),
    ...(options.onProgress ? { onFile: (done: number, total: number) => options.onProgress?.('index', done, total) } : {}),
  });
  const t1 = performance.now();
  const matches = matchRules(recipe, index);
  const t2 = performance.now();
  const texts = await readTextsOf(root, new Set(matches.map((m) => m.file)));
  const lines = new Map<string, string[]>();
  const linesOf = (file: string) => lines.get(file) ?? lines.set(file, splitLines(texts.get(file)?.text ?? '')).get(file) ?? [];
  const findings = toFindings(matches, linesOf);

  const { patchSet, changes, fixes } = await rewrite(root, recipe, index, findings, texts, options.groupBy, options.jobs);
  const t3 = performance.now();
  const report = buildReport({
    recipe,
    index,
    findings: findings.map(({ captures: _captures, ...f }) => {
      const fix = fixes.get(f.id);
      return fix ? { ...f, fix } : f;
    }),
    started,
    timings: { ...index.timings, matchMs: t2 - t1, rewriteMs: t3 - t2, totalMs: performance.now() - t0 },
    patches: {
      groupBy: options.groupBy,
      files: patchSet.files.map((f) => f.name).filter((n) => !n.startsWith('rejected/')),
      rejected: patchSet.files.map((f) => f.name).filter((n) => n.startsWith('rejected/')),
    },
  });
  const folder = await writeRunFolder(path.resolve(options.outDir), report, (dir) => writePatchSet(path.join(dir, 'patches'), patchSet));
  if (!options.apply) return { report, folder };
  const accepted = changes.filter((c) => c.verification.ok);
  return { report, folder, applied: await applyChanges(root, accepted, { force: options.apply.force }) };
}

/** Plans the recipe's deterministic fixes, verifies them, and turns them into a patch set. */
async function rewrite(
  root: string,
  recipe: Recipe,
  index: ProjectIndex,
  findings: ReturnType<typeof toFindings>,
  texts: ReadonlyMap<string, SourceText>,
  groupBy: GroupBy,
  jobs: number | undefined,
): Promise<{ patchSet: PatchSet; changes: FileChange[]; fixes: Map<string, FindingFix> }> {
  const plan = planRewrites(findings, recipe.rules, index, (file) => texts.get(file));
  let changes = await verifyByReparsing(plan.changes, jobs);
  changes = await verifyByTypeChecking(root, changes);
  if (recipe.verify) changes = await verifyWithCommand(root, changes, recipe.verify);
  const patchSet = buildPatchSet(changes, { groupBy });
  const fixes = new Map<string, FindingFix>();
  const replacements = replacementsByFinding(changes);
  for (const [id, outcome] of plan.outcomes) {
    const entry = patchSet.manifest.findings[id];
    if (outcome.status === 'unfixed' || !entry) fixes.set(id, { status: 'unfixed', reason: outcome.reason ?? 'no applicable fix' });
    else if (!entry.verification.ok) {
      fixes.set(id, { status: 'rejected', reason: entry.verification.reason ?? 'verification failed', ...(entry.patch ? { patch: entry.patch } : {}) });
    } else fixes.set(id, { status: 'fixed', ...(entry.patch ? { patch: entry.patch } : {}), replacements: replacements.get(id) ?? [] });
  }
  return { patchSet, changes, fixes };
}

function queriesByLanguage(recipe: Recipe): Partial<Record<Language, string[]>> {
  const queries: Partial<Record<Language, string[]>> = {};
  for (const rule of recipe.rules) if (rule.match.kind === 'query') (queries[rule.language] ??= []).push(...rule.match.options);
  return queries;
}

/** Each finding's replacements (the edits that fix it, composed ones included), with line/column ranges. */
function replacementsByFinding(changes: readonly FileChange[]): Map<string, NonNullable<FindingFix['replacements']>> {
  const byFinding = new Map<string, NonNullable<FindingFix['replacements']>>();
  for (const change of changes) {
    if (!change.verification.ok) continue;
    const loc = new Locator(change.before);
    for (const edit of change.edits) {
      const replacement = { range: { start: loc.position(edit.start), end: loc.position(edit.end) }, text: edit.text };
      for (const id of edit.findingIds) byFinding.set(id, [...(byFinding.get(id) ?? []), replacement]);
    }
  }
  return byFinding;
}

/** Reads again just the files with findings (snippets, fixes): the index does not keep file texts. */
async function readTextsOf(root: string, files: ReadonlySet<string>): Promise<Map<string, SourceText>> {
  // Several reads at once: one at a time, each read's round trips through the I/O threads added up to
  // 20 s for 20,000 small files.
  const queue = new PQueue({ concurrency: READS_AT_ONCE });
  const reads = await Promise.all([...files].map((file) => queue.add(() => readSource(path.join(root, file)))));
  const texts = new Map<string, SourceText>();
  [...files].forEach((file, i) => {
    const read = reads[i];
    if (read?.ok) texts.set(file, { text: read.text, encoding: read.encoding, bom: read.bom });
  });
  return texts;
}

const READS_AT_ONCE = 16;

interface ReportInput {
  recipe: Recipe;
  index: ProjectIndex;
  findings: RunReport['findings'];
  started: Date;
  timings: RunReport['stats']['timings'];
  patches: NonNullable<RunReport['patches']>;
}

function buildReport({ recipe, index, findings, started, timings, patches }: ReportInput): RunReport {
  const byRule = countBy(findings, (f) => f.ruleId);
  const fixStatus = countBy(findings.filter((f) => f.fix), (f) => f.fix?.status ?? '');
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
      filesWithErrors: new Set(index.problems.filter((p) => p.kind !== 'check-failed').map((p) => p.path)).size,
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
      hasFix: r.fix !== undefined,
    })),
    summary: {
      findings: findings.length,
      debtMinutes: findings.reduce((n, f) => n + f.effortMinutes, 0),
      bySeverity: tally(SEVERITIES, findings, (f) => f.severity) as Record<Severity, number>,
      byResolution: tally(RESOLUTIONS, findings, (f) => f.resolution) as Record<Resolution, number>,
      fixes: { fixed: fixStatus.get('fixed') ?? 0, rejected: fixStatus.get('rejected') ?? 0, unfixed: fixStatus.get('unfixed') ?? 0 },
    },
    findings,
    patches,
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
