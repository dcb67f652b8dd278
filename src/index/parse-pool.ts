import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JavaProjectDecls } from './java/facts.js';
import type { JavaWants } from './java/file-wants.js';
import { JavaWorkspace } from './java/java-workspace.js';
import { unpackLinkedJava, type LinkedJava } from './java/linked-transport.js';
import { parseFile, type ParseResult, type ParseTask } from './parse-file.js';
import { checkSyntax, type SyntaxCheck, type SyntaxCheckResult } from './syntax-check.js';

/** Below this many files, starting threads (each loads the parsers) costs more than it saves. */
const MIN_FILES_FOR_THREADS = 64;

/**
 * The threads that parse files and keep Java trees between pass 1 and linking. Use: parse() once,
 * then linkJava() once, then close(); or (the rewrite stage) checkSyntax(), then close().
 */
export interface ParsePool {
  /** Reads and parses every task; results come back in task order. */
  parse(tasks: readonly ParseTask[], onResult: (task: ParseTask, result: ParseResult, index: number) => void): Promise<void>;
  /**
   * Extracts and links the wanted uses of every Java file parsed, against the declarations of the
   * whole project. Files come back in no particular order.
   */
  linkJava(project: readonly JavaProjectDecls[], wants: JavaWants | undefined): Promise<LinkedJava>;
  /** Parses changed texts for their syntax problems; results in the order of `checks`. */
  checkSyntax(checks: readonly SyntaxCheck[]): Promise<SyntaxCheckResult[]>;
  close(): Promise<void>;
}

/**
 * Worker threads (`jobs`, by default one per core up to 8) for big trees; the calling thread for small
 * ones, for `jobs` 1, or when running from TypeScript sources (no compiled worker script).
 */
export function openParsePool(taskCount: number, jobs = Math.min(availableParallelism(), 8)): ParsePool {
  const workerUrl = new URL('./parse-worker.js', import.meta.url);
  const threads = Math.min(jobs, taskCount);
  if (taskCount < MIN_FILES_FOR_THREADS || threads < 2 || !existsSync(fileURLToPath(workerUrl))) return new InProcessPool();
  return new ThreadPool(workerUrl, threads);
}

/** What the main thread asks a worker (see parse-worker.ts for the replies). */
export type PoolRequest =
  | { op: 'parse'; index: number; task: ParseTask }
  | { op: 'link-java'; project: string; wants: JavaWants | undefined }
  | { op: 'check-syntax'; index: number; check: SyntaxCheck };

class InProcessPool implements ParsePool {
  private readonly java = new JavaWorkspace();

  async parse(tasks: readonly ParseTask[], onResult: (task: ParseTask, result: ParseResult, index: number) => void): Promise<void> {
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i];
      if (!task) continue;
      onResult(task, await parseFile(task, this.java), i);
      // Let finalizers run now and then, so memory stays flat.
      if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async linkJava(project: readonly JavaProjectDecls[], wants: JavaWants | undefined): Promise<LinkedJava> {
    return this.java.link(project, wants);
  }

  async checkSyntax(checks: readonly SyntaxCheck[]): Promise<SyntaxCheckResult[]> {
    const results: SyntaxCheckResult[] = [];
    for (const check of checks) results.push(await checkSyntax(check));
    return results;
  }

  async close(): Promise<void> {}
}

class ThreadPool implements ParsePool {
  private readonly workers: Worker[];

  constructor(workerUrl: URL, threads: number) {
    this.workers = Array.from({ length: threads }, () => new Worker(workerUrl));
  }

  async parse(tasks: readonly ParseTask[], onResult: (task: ParseTask, result: ParseResult, index: number) => void): Promise<void> {
    await this.inOrder(
      tasks.length,
      (index) => ({ op: 'parse', index, task: tasks[index] as ParseTask }),
      (json: string) => JSON.parse(json) as ParseResult,
      (result, index) => onResult(tasks[index] as ParseTask, result, index),
    );
  }

  async checkSyntax(checks: readonly SyntaxCheck[]): Promise<SyntaxCheckResult[]> {
    const results: SyntaxCheckResult[] = [];
    await this.inOrder(
      checks.length,
      (index) => ({ op: 'check-syntax', index, check: checks[index] as SyntaxCheck }),
      (result: SyntaxCheckResult) => result,
      (result) => results.push(result),
    );
    return results;
  }

  /**
   * Sends `count` requests across the threads, two in flight per thread (the next one is there when
   * the current one is done), and delivers the replies in request order.
   */
  private async inOrder<R, T>(
    count: number,
    request: (index: number) => PoolRequest,
    read: (reply: R) => T,
    deliver: (result: T, index: number) => void,
  ): Promise<void> {
    const results: Array<T | undefined> = new Array(count);
    let next = 0;
    let delivered = 0;
    const deliverReady = () => {
      for (let r = results[delivered]; r !== undefined; r = results[delivered]) {
        deliver(r, delivered);
        results[delivered] = undefined;
        delivered++;
      }
    };
    await Promise.all(
      this.workers.map((worker) => {
        let inFlight = 0;
        const feed = () => {
          while (inFlight < 2 && next < count) {
            worker.postMessage(request(next++));
            inFlight++;
          }
          return inFlight > 0;
        };
        return converse(worker, feed, ([index, reply]: [number, R]) => {
          inFlight--;
          results[index] = read(reply);
          deliverReady();
          return !feed();
        });
      }),
    );
  }

  async linkJava(project: readonly JavaProjectDecls[], wants: JavaWants | undefined): Promise<LinkedJava> {
    const request: PoolRequest = { op: 'link-java', project: JSON.stringify(project), wants };
    const linked: LinkedJava = { files: [], problems: [] };
    await Promise.all(
      this.workers.map((worker) =>
        converse(worker, () => (worker.postMessage(request), true), ([last, packed]: [boolean, string]) => {
          if (last) return true;
          const batch = unpackLinkedJava(packed);
          linked.files.push(...batch.files);
          linked.problems.push(...batch.problems);
          return false;
        }),
      ),
    );
    return linked;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Talks with a worker: `start` sends the first request(s) and says whether any was sent; `onReply`
 * takes each reply and says whether the conversation is over. Rejects if the worker fails or exits,
 * or if `onReply` throws.
 */
function converse<R>(worker: Worker, start: () => boolean, onReply: (reply: R) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: R) => {
      let last: boolean;
      try {
        last = onReply(reply);
      } catch (error) {
        cleanUp();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (!last) return;
      cleanUp();
      resolve();
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanUp();
      reject(new Error(`parse worker exited with code ${code}`));
    };
    const cleanUp = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    if (!start()) {
      cleanUp();
      resolve();
    }
  });
}
