import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseFile, type ParseResult, type ParseTask } from './parse-file.js';

/** Below this many files, starting threads (each loads the parsers) costs more than it saves. */
const MIN_FILES_FOR_THREADS = 64;

/**
 * Parses files on every core: one worker thread per core, each fed the next file as soon as it is
 * done. Results come back in task order. Runs in-process for small trees, or where the compiled
 * worker script is absent (running from TypeScript sources).
 */
export async function parseAll(
  tasks: readonly ParseTask[],
  onResult: (task: ParseTask, result: ParseResult, index: number) => void,
): Promise<void> {
  const workerUrl = new URL('./parse-worker.js', import.meta.url);
  const threads = Math.min(availableParallelism(), 8);
  if (tasks.length < MIN_FILES_FOR_THREADS || threads < 2 || !existsSync(fileURLToPath(workerUrl))) {
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i];
      if (!task) continue;
      onResult(task, await parseFile(task), i);
      // Let finalizers free tree-sitter trees now and then, so memory stays flat.
      if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  await runOnThreads(workerUrl, threads, tasks, onResult);
}

async function runOnThreads(
  workerUrl: URL,
  threads: number,
  tasks: readonly ParseTask[],
  onResult: (task: ParseTask, result: ParseResult, index: number) => void,
): Promise<void> {
  const results: Array<ParseResult | undefined> = new Array(tasks.length);
  let next = 0;
  let delivered = 0;
  const deliver = () => {
    for (let r = results[delivered]; r !== undefined; r = results[delivered]) {
      const task = tasks[delivered];
      if (task) onResult(task, r, delivered);
      results[delivered] = undefined;
      delivered++;
    }
  };
  const workers = Array.from({ length: Math.min(threads, tasks.length) }, () => new Worker(workerUrl));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const feed = () => {
              if (next >= tasks.length) return resolve();
              current = next++;
              worker.postMessage(tasks[current]);
            };
            worker.on('message', (json: string) => {
              results[current] = JSON.parse(json) as ParseResult;
              deliver();
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`parse worker exited with code ${code}`))));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
