import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FileProblem, Language, SkippedFile } from '../core/types.js';
import { discoverFiles } from './discover-files.js';
import type { JavaFileFacts } from './java/facts.js';
import { extractJavaFacts } from './java/extract-java-facts.js';
import { linkJava } from './java/link-java.js';
import type { IndexedFile, ProjectIndex } from './project-index.js';
import { readSource } from './read-source.js';

export interface IndexOptions {
  /** Absolute path of the tree to scan. */
  root: string;
  files: string[];
  ignores: string[];
  maxFileSize: number;
  /** Languages the recipe's rules need; files of other languages are not read. */
  languages: ReadonlySet<Language>;
  /** Raw tree-sitter queries the recipe's `query:` rules need, run on every Java file. */
  javaQueries: string[];
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
}

/** Yield to the event loop this often, so that tree-sitter trees are finalised and memory stays flat. */
const YIELD_EVERY = 64;

/** Discovers, reads, parses and links the files of a tree. A bad file is reported and skipped, never fatal. */
export async function indexFiles(options: IndexOptions): Promise<ProjectIndex> {
  const t0 = performance.now();
  const discovery = await discoverFiles(options);
  const sources = discovery.files.filter((f) => options.languages.has(f.language));
  const t1 = performance.now();

  const files: IndexedFile[] = [];
  const skipped: SkippedFile[] = [...discovery.skipped];
  const problems: FileProblem[] = [];
  const javaFacts: Array<{ path: string; facts: JavaFileFacts }> = [];

  let done = 0;
  for (const source of sources) {
    const read = await readSource(path.join(options.root, source.path));
    if (!read.ok) {
      skipped.push({ path: source.path, reason: read.reason, detail: read.detail });
    } else if (source.language === 'java') {
      try {
        const facts = extractJavaFacts(read.text, options.javaQueries);
        javaFacts.push({ path: source.path, facts });
        problems.push(...facts.problems.map((p) => ({ path: source.path, ...p })));
        files.push({
          path: source.path,
          language: source.language,
          lines: facts.lines,
          bytes: source.size,
          encoding: read.encoding,
          bom: read.bom,
          lineEnding: read.lineEnding,
        });
      } catch (error) {
        problems.push({ path: source.path, kind: 'parse-failed', line: 1, column: 1, message: String(error) });
      }
    }
    done++;
    options.onFile?.(done, sources.length);
    if (done % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const t2 = performance.now();
  const java = linkJava(javaFacts);
  const t3 = performance.now();

  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    root: options.root,
    files,
    skipped,
    gitignored: discovery.gitignored,
    problems,
    java,
    timings: { discoverMs: t1 - t0, parseMs: t2 - t1, linkMs: t3 - t2 },
  };
}
