import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FileProblem, Language, SkippedFile } from '../core/types.js';
import { discoverFiles } from './discover-files.js';
import type { JavaProjectDecls } from './java/facts.js';
import type { JavaWants } from './java/file-wants.js';
import type { LinkedJavaFile } from './java/linked.js';
import { openParsePool } from './parse-pool.js';
import type { ParseWorkers } from './parse-workers.js';
import type { ParseResult, ParseTask } from './parse-file.js';
import type { IndexedFile, ProjectIndex } from './project-index.js';
import { readSource } from './read-source.js';
import type { TsFileFacts } from './typescript/facts.js';
import { linkTypeScript, type TsLinkInput } from './typescript/link-ts.js';
import type { TsWants } from './typescript/linked.js';

export interface IndexOptions {
  /** Absolute path of the tree to scan. */
  root: string;
  files: string[];
  ignores: string[];
  maxFileSize: number;
  /** Threads for parsing and linking; default one per core (at most 8). */
  jobs?: number;
  /** Parse workers started ahead (for `jobs`); the index takes those it needs and ends the others. */
  workers?: ParseWorkers;
  /** Scan `node_modules` too. */
  includeNodeModules?: boolean;
  /** Languages the recipe's rules need; files of other languages are not read. */
  languages: ReadonlySet<Language>;
  /** Raw tree-sitter queries the recipe's `query:` rules need, by language. */
  queries: Partial<Record<Language, string[]>>;
  /** Which TS/JS sites the type checker should confirm. */
  tsWants: TsWants;
  /** Which Java uses to extract and link; all of them when absent. */
  javaWants?: JavaWants;
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
}

/** Discovers, reads, parses and links the files of a tree. A bad file is reported and skipped, never fatal. */
export async function indexFiles(options: IndexOptions): Promise<ProjectIndex> {
  const t0 = performance.now();
  const discovery = await discoverFiles(options);
  const tasks: ParseTask[] = discovery.files
    .filter((f) => options.languages.has(f.language))
    .map((f) => ({ absPath: path.join(options.root, f.path), path: f.path, language: f.language, queries: options.queries[f.language] ?? [] }));
  const sizes = new Map(discovery.files.map((f) => [f.path, f.size]));
  const t1 = performance.now();

  const files: IndexedFile[] = [];
  const skipped: SkippedFile[] = [...discovery.skipped];
  const problems: FileProblem[] = [];
  const javaDecls: Array<{ path: string; decls: JavaProjectDecls }> = [];
  const tsFacts: Array<{ path: string; absPath: string; facts: TsFileFacts }> = [];

  let done = 0;
  const collect = (task: ParseTask, result: ParseResult) => {
    options.onFile?.(++done, tasks.length);
    if (!result.ok) {
      skipped.push({ path: task.path, reason: result.reason, detail: result.detail });
      return;
    }
    if (result.failure) {
      problems.push({ path: task.path, ...result.failure });
      return;
    }
    const facts = result.java ?? result.ts;
    problems.push(...(facts?.problems ?? []).map((p) => ({ path: task.path, ...p })));
    if (result.java) {
      const { problems: _problems, ...decls } = result.java;
      javaDecls.push({ path: task.path, decls });
    }
    if (result.ts) tsFacts.push({ path: task.path, absPath: task.absPath, facts: result.ts });
    files.push({
      path: task.path,
      language: task.language,
      lines: result.lines,
      bytes: sizes.get(task.path) ?? 0,
      encoding: result.encoding,
      bom: result.bom,
      lineEnding: result.lineEnding,
    });
  };

  // Java files stay parsed in the pool's threads until every file's declarations are known; then each
  // thread extracts and links the uses the recipe wants, and only those come back.
  const pool = openParsePool(tasks.length, options.jobs, options.workers);
  let t2: number;
  let java: LinkedJavaFile[];
  try {
    await pool.parse(tasks, collect);
    t2 = performance.now();
    const linked = await pool.linkJava(javaDecls, options.javaWants);
    problems.push(...linked.problems);
    const order = new Map(javaDecls.map((f, i) => [f.path, i]));
    java = linked.files.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  } finally {
    await pool.close();
  }
  const ts = await linkTypeScript(options.root, tsFacts.map(withTextReader), options.tsWants);
  problems.push(...ts.problems);
  const t3 = performance.now();

  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    root: options.root,
    files,
    skipped,
    gitignored: discovery.gitignored,
    problems,
    java,
    typescript: ts.files,
    ...(tsFacts.length > 0 ? { tsCheck: ts.stats } : {}),
    timings: { discoverMs: t1 - t0, parseMs: t2 - t1, linkMs: t3 - t2 },
  };
}

/** The checker needs the text again (pass 1 does not keep it): read it the same way, so offsets agree. */
function withTextReader(file: { path: string; absPath: string; facts: TsFileFacts }): TsLinkInput {
  return {
    ...file,
    readText: async () => {
      const read = await readSource(file.absPath);
      return read.ok ? read.text : undefined;
    },
  };
}
