import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import fg from 'fast-glob';
import { Locator } from '../../src/index/locate.js';

/**
 * The parser floor: what tree-sitter-java alone does with a corpus on this machine, on 1 and on n
 * threads, so that the index+match figure can be read against it. Nothing of ours runs but the
 * parse itself and, in the second measure, one query walk over each tree (the least any extraction
 * does). The texts are read before the clock starts; each figure is the best of a few runs.
 */
export interface FloorFigure {
  threads: number;
  /** Lines per second of parsing every file and freeing its tree. */
  parseLinesPerSecond: number;
  /** Lines per second of parsing plus one (trivial) query over each tree. */
  parseWalkLinesPerSecond: number;
}

interface Job {
  files: string[];
}

type FloorMode = 'parse' | 'parse+walk';

/** Timings per measure and thread count; the best is kept. */
const ROUNDS = 3;

const JAVA_LANGUAGE = new URL('../../dist/index/java/java-language.js', import.meta.url).href;

/** Measures the floor over the `.java` files under `root` for each thread count. */
export async function measureParserFloor(root: string, threadCounts: readonly number[]): Promise<{ lines: number; figures: FloorFigure[] }> {
  const files = fg.sync('**/*.java', { cwd: root, absolute: true }).sort();
  const lines = files.reduce((sum, f) => sum + new Locator(readFileSync(f, 'utf8')).lineCount, 0);
  const figures: FloorFigure[] = [];
  for (const threads of threadCounts) {
    // Best of a few, the two measures taken in turn: on a shared machine a single timing can be a third off.
    let parseMs = Number.POSITIVE_INFINITY;
    let walkMs = Number.POSITIVE_INFINITY;
    for (let round = 0; round < ROUNDS; round++) {
      parseMs = Math.min(parseMs, await timeThreads(files, threads, 'parse'));
      walkMs = Math.min(walkMs, await timeThreads(files, threads, 'parse+walk'));
    }
    figures.push({
      threads,
      parseLinesPerSecond: Math.round((lines * 1000) / parseMs),
      parseWalkLinesPerSecond: Math.round((lines * 1000) / walkMs),
    });
  }
  return { lines, figures };
}

/** Wall time for `threads` workers to do `mode` over their shares of `files`, all starting at once. */
async function timeThreads(files: readonly string[], threads: number, mode: FloorMode): Promise<number> {
  const shares = Array.from({ length: threads }, (_, k) => files.filter((_, i) => i % threads === k));
  const workers = shares.map((share) => new Worker(WORKER_SOURCE, { eval: true, workerData: { files: share } satisfies Job }));
  try {
    await Promise.all(workers.map((w) => nextMessage(w)));
    const started = performance.now();
    await Promise.all(
      workers.map((w) => {
        w.postMessage(mode);
        return nextMessage(w);
      }),
    );
    return performance.now() - started;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function nextMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/**
 * The worker's body, as plain JavaScript: it loads only the built parser module, so it needs no
 * TypeScript loader in the thread.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
(async () => {
  const { parseJava, compileJavaQuery } = await import(${JSON.stringify(JAVA_LANGUAGE)});
  const texts = workerData.files.map((f) => readFileSync(f, 'utf8'));
  parseJava('class Warm {}').delete();
  const walk = compileJavaQuery('(program) @program');
  parentPort.on('message', (mode) => {
    for (const text of texts) {
      const tree = parseJava(text);
      if (mode === 'parse+walk') walk.captures(tree.rootNode);
      tree.delete();
    }
    parentPort.postMessage('done');
  });
  parentPort.postMessage('ready');
})();
`;
