import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseDocument, stringify } from 'yaml';
import type { RunReport } from '../../src/report/index.js';
import { fetchNpmPackage } from './fetch-npm-package.js';
import { formatTable } from './format-table.js';
import { ensureJavaCorpus } from './generate-java-corpus.js';
import { measureChild, type ChildMeasurement } from './measure-child.js';
import { measureParserFloor, type FloorFigure } from './parser-floor.js';

/**
 * `npm run bench`: the built CLI, end to end, on a generated and a real Java corpus and a real JS
 * corpus, twice each; the generated corpus five times (the one the Java target is read on: this
 * machine's figures move by a third between runs of the same build, so its best and median are
 * printed), and a generated corpus of ~530k lines three times.
 */

const BENCH_DIR = path.join(os.tmpdir(), 'refactor-bench');
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(REPO, 'dist/cli/main.js');
const RECIPE = path.join(REPO, 'recipes/deprecated-api.yaml');
const REAL_PACKAGE = 'cordova-android@6.4.0';
/** ≈375k lines of legacy JS, most of it dependencies bundled under lib/node_modules (hence --include-node-modules). */
const JS_PACKAGE = 'bower@1.8.14';
/** The goal for the whole JS corpus run. */
const JS_TARGET = { seconds: 60, rssMb: 2048 };
const RUNS_PER_CORPUS = 2;
/** Runs of the generated corpus on all threads. */
const GENERATED_RUNS = 5;
/** A generated corpus at the scale the tool is for, and how often it is run (each run takes ~20 s). */
const LARGE_CORPUS = 'generated-java-530k';
const LARGE_CORPUS_LINES = 530_000;
const LARGE_RUNS = 3;
/** The generated corpus again, with `--jobs 1`. */
const ONE_THREAD = 'generated-java --jobs 1';
/** The goal for one process on Java, as lines per wall-clock second. */
const TARGET_LINES_PER_SECOND = 60_000;

interface Corpus {
  name: string;
  root: string;
  language: 'java' | 'js';
  extraArgs?: string[];
  /** Another recipe than the shipped one. */
  recipe?: string;
  /** How many times to run it (default RUNS_PER_CORPUS). */
  runs?: number;
}

interface BenchResult {
  corpus: string;
  run: number;
  files: number;
  lines: number;
  wallSeconds: number;
  linesPerSecond: number;
  /** Lines per second of indexing and matching alone (discover + parse + link + match), without start-up, fixes and reports. */
  indexLinesPerSecond: number;
  filesPerSecond: number;
  peakRssMb: number | null;
  rssSource: ChildMeasurement['rssSource'];
  findings: number;
  /** TS/JS sites sent to the type checker, and how many it confirmed. */
  checkerCandidates: number | null;
  checkerConfirmed: number | null;
  language: Corpus['language'];
  filesWithErrors: number;
  filesSkipped: number;
  timings: RunReport['stats']['timings'];
}

async function main(): Promise<void> {
  const benchStarted = performance.now();
  mkdirSync(BENCH_DIR, { recursive: true });
  const { corpora, skipped } = prepareCorpora();
  const reportsDir = path.join(BENCH_DIR, 'reports');
  rmSync(reportsDir, { recursive: true, force: true });

  const results: BenchResult[] = [];
  const failures: { corpus: string; run: number; reason: string }[] = [];
  for (const corpus of corpora) {
    for (let run = 1; run <= (corpus.runs ?? RUNS_PER_CORPUS); run++) {
      const args = [CLI, 'run', corpus.recipe ?? RECIPE, '--root', corpus.root, '--out', reportsDir, '--json', ...(corpus.extraArgs ?? [])];
      const measured = await measureChild(process.execPath, args, REPO);
      if (measured.exitCode !== 0) {
        const reason = `exit ${measured.exitCode}: ${measured.stderr.trim().split('\n').filter(Boolean).slice(-5).join(' | ')}`;
        failures.push({ corpus: corpus.name, run, reason });
        console.log(`${corpus.name} run ${run}: FAILED (${reason})`);
        continue;
      }
      const result = toResult(corpus, run, measured, JSON.parse(measured.stdout) as RunReport);
      results.push(result);
      console.log(describeRun(result));
    }
  }

  // What tree-sitter alone does with the generated corpus here: the ceiling index+match is read against.
  const generated = corpora.find((c) => c.name === 'generated-java');
  const threadCounts = [...new Set([1, Math.min(os.availableParallelism(), 8)])];
  const floor = generated ? await measureParserFloor(generated.root, threadCounts) : undefined;

  console.log(`\n${formatTable(HEADERS, results.map(toRow))}\n`);
  for (const line of targetLines(results)) console.log(line);
  for (const line of stageLines(results)) console.log(line);
  if (floor) for (const line of floorLines(floor.figures, results)) console.log(line);
  for (const s of skipped) console.log(`skipped: ${s.corpus} (${s.reason})`);
  const rssSources = [...new Set(results.map((r) => r.rssSource))].join(', ');
  console.log(`peak RSS from: ${rssSources || 'n/a'}; wall time includes Node start-up and printing the JSON report`);

  const totalSeconds = (performance.now() - benchStarted) / 1000;
  const summary = {
    schemaVersion: 1,
    finishedAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown' },
    targetLinesPerSecond: TARGET_LINES_PER_SECOND,
    totalSeconds: round(totalSeconds, 1),
    results,
    parserFloor: floor?.figures ?? null,
    skipped,
    failures,
  };
  const jsonFile = path.join(BENCH_DIR, 'last.json');
  writeFileSync(jsonFile, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`figures written to ${jsonFile}`);
  console.log(`whole bench (corpora, ${results.length + failures.length} runs): ${totalSeconds.toFixed(1)} s`);
  if (failures.length > 0) process.exitCode = 1;
}

function prepareCorpora(): { corpora: Corpus[]; skipped: { corpus: string; reason: string }[] } {
  const corpora: Corpus[] = [];
  const skipped: { corpus: string; reason: string }[] = [];

  const generatedRoot = generatedCorpus('generated-java');
  corpora.push({ name: 'generated-java', root: generatedRoot, language: 'java', runs: GENERATED_RUNS });
  // The same corpus on one thread: how much the threads buy on this machine.
  corpora.push({ name: ONE_THREAD, root: generatedRoot, language: 'java', extraArgs: ['--jobs', '1'] });
  // The scale the tool is for ("half a million lines"): per-run costs (starting the threads, each
  // thread's compiling of hot code, setting up the link) weigh less than on 212k lines.
  corpora.push({ name: LARGE_CORPUS, root: generatedCorpus(LARGE_CORPUS, LARGE_CORPUS_LINES), language: 'java', runs: LARGE_RUNS });

  const fetched = fetchNpmPackage(REAL_PACKAGE, path.join(BENCH_DIR, REAL_PACKAGE.replace('@', '-')));
  if (fetched.ok) {
    console.log(`corpus ${REAL_PACKAGE}: ${fetched.isFresh ? 'fetched with npm pack' : 'cached'} at ${fetched.root}`);
    corpora.push({ name: REAL_PACKAGE, root: fetched.root, language: 'java' });
    // The package also ships JS (whose TypeScript program dominates its time): a Java-only run gives the Java figure.
    corpora.push({ name: `${REAL_PACKAGE} (Java rules)`, root: fetched.root, language: 'java', recipe: writeJavaOnlyRecipe() });
  } else {
    console.log(`corpus ${REAL_PACKAGE}: SKIPPED, npm pack failed (no network?): ${fetched.reason}`);
    skipped.push({ corpus: REAL_PACKAGE, reason: fetched.reason });
  }
  const js = fetchNpmPackage(JS_PACKAGE, path.join(BENCH_DIR, JS_PACKAGE.replace('@', '-')));
  if (js.ok) {
    console.log(`corpus ${JS_PACKAGE}: ${js.isFresh ? 'fetched with npm pack' : 'cached'} at ${js.root}`);
    corpora.push({ name: JS_PACKAGE, root: js.root, language: 'js', extraArgs: ['--include-node-modules'] });
  } else {
    console.log(`corpus ${JS_PACKAGE}: SKIPPED, npm pack failed (no network?): ${js.reason}`);
    skipped.push({ corpus: JS_PACKAGE, reason: js.reason });
  }
  return { corpora, skipped };
}

/** Generates (or finds cached) a Java corpus under the bench directory, says so, and returns its root. */
function generatedCorpus(name: string, targetLines?: number): string {
  const root = path.join(BENCH_DIR, name);
  const t0 = performance.now();
  const corpus = ensureJavaCorpus(root, targetLines);
  const how = corpus.isFresh ? `generated in ${((performance.now() - t0) / 1000).toFixed(1)} s` : 'cached';
  console.log(`corpus ${name}: ${fmt(corpus.files)} files, ${fmt(corpus.lines)} lines (${how}) at ${root}`);
  return root;
}

/** The shipped recipe with only its Java rules and Java files, written beside the bench corpora. */
function writeJavaOnlyRecipe(): string {
  const recipe = parseDocument(readFileSync(RECIPE, 'utf8')).toJS() as { name: string; files: string[]; rules: Array<{ language: string }> };
  const javaOnly = { ...recipe, name: `${recipe.name}-java`, files: ['**/*.java'], rules: recipe.rules.filter((r) => r.language === 'java') };
  const file = path.join(BENCH_DIR, 'deprecated-api-java.yaml');
  writeFileSync(file, stringify(javaOnly));
  return file;
}

function toResult(corpus: Corpus, run: number, measured: ChildMeasurement, report: RunReport): BenchResult {
  const wallSeconds = measured.wallMs / 1000;
  const { stats } = report;
  return {
    corpus: corpus.name,
    language: corpus.language,
    run,
    files: stats.filesScanned,
    lines: stats.lines,
    wallSeconds: round(wallSeconds, 2),
    linesPerSecond: Math.round(stats.lines / wallSeconds),
    indexLinesPerSecond: Math.round(
      (stats.lines * 1000) / Math.max(1, stats.timings.discoverMs + stats.timings.parseMs + stats.timings.linkMs + stats.timings.matchMs),
    ),
    filesPerSecond: round(stats.filesScanned / wallSeconds, 1),
    peakRssMb: measured.peakRssKb === undefined ? null : round(measured.peakRssKb / 1024, 1),
    rssSource: measured.rssSource,
    findings: report.summary.findings,
    checkerCandidates: stats.typeChecker?.candidates ?? null,
    checkerConfirmed: stats.typeChecker?.confirmed ?? null,
    filesWithErrors: stats.filesWithErrors,
    filesSkipped: stats.filesSkipped,
    timings: stats.timings,
  };
}

const HEADERS = ['corpus', 'run', 'files', 'lines', 'wall s', 'lines/s', 'index+match lines/s', 'files/s', 'peak RSS MB', 'findings', 'checked/confirmed', 'discover ms', 'parse ms', 'link ms', 'match ms', 'rewrite ms'];

function toRow(r: BenchResult): string[] {
  const t = r.timings;
  return [r.corpus, String(r.run), fmt(r.files), fmt(r.lines), r.wallSeconds.toFixed(2), fmt(r.linesPerSecond), fmt(r.indexLinesPerSecond), r.filesPerSecond.toFixed(1),
    r.peakRssMb === null ? 'n/a' : r.peakRssMb.toFixed(0), fmt(r.findings),
    r.checkerCandidates === null ? '-' : `${fmt(r.checkerCandidates)}/${fmt(r.checkerConfirmed ?? 0)}`,
    fmt(t.discoverMs), fmt(t.parseMs), fmt(t.linkMs), fmt(t.matchMs), fmt(t.rewriteMs)];
}

function describeRun(r: BenchResult): string {
  const problems = r.filesWithErrors + r.filesSkipped > 0 ? `, ${r.filesWithErrors} with syntax errors, ${r.filesSkipped} skipped` : '';
  const rss = r.peakRssMb === null ? 'n/a' : `${r.peakRssMb.toFixed(0)} MB`;
  return `${r.corpus} run ${r.run}: ${fmt(r.lines)} lines in ${r.wallSeconds.toFixed(2)} s = ${fmt(r.linesPerSecond)} lines/s, peak RSS ${rss}, ${fmt(r.findings)} findings${problems}`;
}

/** One line per corpus: its best and median runs against the target, as a share, so a reader sees the gap at once. */
function targetLines(results: readonly BenchResult[]): string[] {
  const byCorpus = new Map<string, BenchResult[]>();
  for (const r of results) if (r.corpus !== ONE_THREAD) byCorpus.set(r.corpus, [...(byCorpus.get(r.corpus) ?? []), r]);
  return [...byCorpus.values()].map((runs) => {
    const best = runs.reduce((a, b) => (b.indexLinesPerSecond > a.indexLinesPerSecond ? b : a));
    if (best.language === 'js') {
      const ok = best.wallSeconds < JS_TARGET.seconds && (best.peakRssMb ?? Infinity) < JS_TARGET.rssMb;
      return `target whole run < ${JS_TARGET.seconds} s and < ${JS_TARGET.rssMb} MB (JS): ${best.corpus} best ${best.wallSeconds.toFixed(1)} s, ${best.peakRssMb?.toFixed(0) ?? 'n/a'} MB (${ok ? 'meets' : 'misses'})`;
    }
    const share = (rate: number) => `${Math.round((100 * rate) / TARGET_LINES_PER_SECOND)}%`;
    const median = medianOf(runs.map((r) => r.indexLinesPerSecond));
    const verdict = (rate: number) => (rate >= TARGET_LINES_PER_SECOND ? 'meets' : 'below');
    return (
      `target >= ${fmt(TARGET_LINES_PER_SECOND)} lines/s indexing+matching (Java, one process): ${best.corpus} ` +
      `best ${fmt(best.indexLinesPerSecond)} lines/s = ${share(best.indexLinesPerSecond)} (${verdict(best.indexLinesPerSecond)}), ` +
      `median of ${runs.length} ${fmt(median)} = ${share(median)} (${verdict(median)}); end to end best ${fmt(best.linesPerSecond)} lines/s`
    );
  });
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

/**
 * Where the generated corpus' index+match time goes, as rates a reader can hold against the target:
 * the parse stage alone (read, decode, parse, the pass-1 query, declarations), and what the threads
 * buy over `--jobs 1`.
 */
function stageLines(results: readonly BenchResult[]): string[] {
  const bestOf = (corpus: string, rate: (r: BenchResult) => number) => Math.max(...results.filter((r) => r.corpus === corpus).map(rate));
  const lines: string[] = [];
  const parseStage = bestOf('generated-java', (r) => Math.round((r.lines * 1000) / Math.max(1, r.timings.parseMs)));
  if (Number.isFinite(parseStage)) lines.push(`generated-java parse stage alone (read, parse, pass-1 query, declarations): best ${fmt(parseStage)} lines/s`);
  const threaded = bestOf('generated-java', (r) => r.indexLinesPerSecond);
  const single = bestOf(ONE_THREAD, (r) => r.indexLinesPerSecond);
  if (Number.isFinite(threaded) && Number.isFinite(single)) {
    lines.push(`generated-java index+match: ${fmt(single)} lines/s on one thread, ${fmt(threaded)} on ${Math.min(os.availableParallelism(), 8)} = ${(threaded / single).toFixed(2)}x (best of each)`);
  }
  return lines;
}

/**
 * The parser floor, and how much of it index+match keeps: the gap between the two is this tool's own
 * work (declarations, uses, resolution, matching), the part a change to our code can shrink.
 */
function floorLines(figures: readonly FloorFigure[], results: readonly BenchResult[]): string[] {
  const lines = figures.map(
    (f) =>
      `parser floor, generated-java, ${f.threads} thread${f.threads === 1 ? '' : 's'}: tree-sitter parse alone ${fmt(f.parseLinesPerSecond)} lines/s; parse + one query walk ${fmt(f.parseWalkLinesPerSecond)} lines/s`,
  );
  const widest = figures.at(-1);
  const best = Math.max(...results.filter((r) => r.corpus === 'generated-java').map((r) => r.indexLinesPerSecond));
  if (widest && Number.isFinite(best)) {
    const share = Math.round((100 * best) / widest.parseWalkLinesPerSecond);
    lines.push(`generated-java index+match best ${fmt(best)} lines/s = ${share}% of the ${widest.threads}-thread parse + walk floor`);
  }
  return lines;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

await main();
