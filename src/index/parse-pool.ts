import { Worker } from 'node:worker_threads';
import type { JavaProjectDecls } from './java/facts.js';
import type { JavaWants } from './java/file-wants.js';
import { JavaWorkspace } from './java/java-workspace.js';
import { unpackLinkedJava, type LinkedJava } from './java/linked-transport.js';
import { parseFile, type ParseResult, type ParseTask } from './parse-file.js';
import { defaultJobs, parseWorkerUrl, type ParseWorkers } from './parse-workers.js';
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
   * whole project (every parsed Java file's, by path). Files come back in no particular order.
   */
  linkJava(project: ReadonlyArray<{ path: string; decls: JavaProjectDecls }>, wants: JavaWants | undefined): Promise<LinkedJava>;
  /** Parses changed texts for their syntax problems; results in the order of `checks`. */
  checkSyntax(checks: readonly SyntaxCheck[]): Promise<SyntaxCheckResult[]>;
  close(): Promise<void>;
}

/**
 * `jobs` threads (by default one per core, up to 8) for big trees: the calling thread and `jobs - 1`
 * workers. The calling thread alone for small trees, for `jobs` 1, or when running from TypeScript
 * sources (no compiled worker script). Workers already `started` are used first, and those not needed
 * are ended.
 */
export function openParsePool(taskCount: number, jobs = defaultJobs(), started?: ParseWorkers): ParsePool {
  const workerUrl = parseWorkerUrl();
  const threads = Math.min(jobs, taskCount);
  const wanted = taskCount < MIN_FILES_FOR_THREADS || threads < 2 || !workerUrl ? 0 : threads - 1;
  const workers = started?.take(wanted) ?? [];
  void started?.close();
  while (workerUrl && workers.length < wanted) workers.push(new Worker(workerUrl));
  return new ThreadPool(workers);
}

/**
 * The project's declarations as sent to a worker for linking, as JSON: a file the worker parsed itself
 * is sent as its path only (the worker has its declarations), any other file as its declarations.
 */
export type ProjectForWorker = Array<JavaProjectDecls | string>;

/** What the main thread asks a worker (see parse-worker.ts for the replies). */
export type PoolRequest =
  | { op: 'parse'; index: number; task: ParseTask }
  | { op: 'link-java'; project: string; wants: JavaWants | undefined; batchFiles: number }
  | { op: 'check-syntax'; index: number; check: SyntaxCheck };

/** Linked files per message from a worker: the main thread unpacks one batch while the worker links the next. */
const LINK_BATCH_FILES = 32;

/**
 * Requests in flight per worker. The calling thread serves replies only between its own files (a few
 * milliseconds each, some 20 ms and more), so a worker needs enough queued work to stay busy meanwhile.
 * With 3, the worker sat idle ~230–250 ms of a ~3 s parse step on the bench corpus (CPU profile); with
 * 8, 0–30 ms. Near the end a worker gets no more than its share of the files left (see inOrder), or the
 * calling thread would wait for its last few: 50–135 ms with 8 in flight to the end.
 */
const IN_FLIGHT_PER_WORKER = 8;

/**
 * Worker threads (none for a small tree or `--jobs 1`) plus the calling thread, which parses and links
 * its own share of the files between serving the workers' replies, rather than sitting idle. Measured
 * on 2 cores (212k lines of Java, alternated runs): as fast as two workers, ~75 MB less peak memory
 * (one V8 heap fewer), and the calling thread's own results never cross threads.
 */
class ThreadPool implements ParsePool {
  private readonly local = new JavaWorkspace();
  /** The worker that parsed each Java file a worker parsed, by path. */
  private readonly parsedBy = new Map<string, Worker>();

  constructor(private readonly workers: Worker[]) {}

  async parse(tasks: readonly ParseTask[], onResult: (task: ParseTask, result: ParseResult, index: number) => void): Promise<void> {
    await this.inOrder(
      tasks.length,
      (index, worker) => {
        const task = tasks[index] as ParseTask;
        if (task.language === 'java') this.parsedBy.set(task.path, worker);
        return { op: 'parse', index, task };
      },
      (json: string) => JSON.parse(json) as ParseResult,
      (index) => parseFile(tasks[index] as ParseTask, this.local),
      (result, index) => onResult(tasks[index] as ParseTask, result, index),
    );
  }

  async checkSyntax(checks: readonly SyntaxCheck[]): Promise<SyntaxCheckResult[]> {
    const results: SyntaxCheckResult[] = [];
    await this.inOrder(
      checks.length,
      (index) => ({ op: 'check-syntax', index, check: checks[index] as SyntaxCheck }),
      (result: SyntaxCheckResult) => result,
      (index) => checkSyntax(checks[index] as SyntaxCheck),
      (result) => results.push(result),
    );
    return results;
  }

  /**
   * Runs `count` jobs: the workers get requests (a few in flight each, so the next one is there when the
   * current one is done), the calling thread runs jobs itself in between; results are delivered in order.
   */
  private async inOrder<R, T>(
    count: number,
    request: (index: number, worker: Worker) => PoolRequest,
    read: (reply: R) => T,
    runHere: (index: number) => Promise<T>,
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
    const here = async () => {
      while (next < count) {
        const index = next++;
        results[index] = await runHere(index);
        deliverReady();
        await yieldToEventLoop();
      }
    };
    await Promise.all([
      ...this.workers.map((worker) => {
        let inFlight = 0;
        // Near the end, no more than the thread's share of what is left, so that no thread waits long for another.
        const limit = () => Math.max(1, Math.min(IN_FLIGHT_PER_WORKER, Math.ceil((count - next) / (this.workers.length + 1))));
        const feed = () => {
          while (inFlight < limit() && next < count) {
            worker.postMessage(request(next++, worker));
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
      here(),
    ]);
  }

  async linkJava(files: ReadonlyArray<{ path: string; decls: JavaProjectDecls }>, wants: JavaWants | undefined): Promise<LinkedJava> {
    const project = files.map((f) => f.decls);
    // A worker already has the declarations of the files it parsed: on two threads ~45% of the
    // project's JSON less to write here and to parse there, both on the way to linking. Each file's
    // JSON is written once, however many workers need it.
    const json: string[] = [];
    const requestFor = (worker: Worker): PoolRequest => {
      const entries = files.map((f, i) => (this.parsedBy.get(f.path) === worker ? JSON.stringify(f.path) : (json[i] ??= JSON.stringify(f.decls))));
      return { op: 'link-java', project: `[${entries.join(',')}]`, wants, batchFiles: LINK_BATCH_FILES };
    };
    const linked: LinkedJava = { files: [], problems: [] };
    const take = (batch: LinkedJava) => {
      linked.files.push(...batch.files);
      linked.problems.push(...batch.problems);
    };
    const here = async () => {
      for (const batch of this.local.linkBatches(project, wants, LINK_BATCH_FILES)) {
        take(batch);
        await yieldToEventLoop();
      }
    };
    await Promise.all([
      ...this.workers.map((worker) =>
        converse(worker, () => (worker.postMessage(requestFor(worker)), true), ([last, packed]: [boolean, string]) => {
          if (!last) take(unpackLinkedJava(packed));
          return last;
        }),
      ),
      here(),
    ]);
    return linked;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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
