import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * This module loads nothing but Node's own: the CLI imports it to start the parse pool's workers before
 * the rest of a run's code (recipes, parsers, matchers, TypeScript) has loaded.
 */

/** Threads for parsing and linking when `--jobs` is not given: one per core, at most 8. */
export function defaultJobs(): number {
  return Math.min(availableParallelism(), 8);
}

/** The worker script, or undefined when running from TypeScript sources (there is no compiled one). */
export function parseWorkerUrl(): URL | undefined {
  const url = new URL('./parse-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Parse workers started ahead of the files being known. A worker takes ~0.2–0.4 s to load the parsers;
 * started when the pool opens, it joins the parsing that late while the calling thread parses alone.
 * Started before the run's own code loads, it is ready when the first file is. The pool takes the
 * workers it needs (see openParsePool); close() ends the others, and must be called in any case.
 */
export class ParseWorkers {
  private idle: StartedWorker[];

  /**
   * Starts `jobs - 1` workers, but no more than one per core beside the calling thread: a `--jobs` above
   * that would start dozens of threads before knowing the tree is big enough for any (the pool starts
   * the rest once it knows).
   * @param script the worker script (tests); by default the compiled parse-worker.js, if there is one.
   */
  constructor(jobs = defaultJobs(), script = parseWorkerUrl()) {
    const count = Math.max(0, Math.min(jobs, defaultJobs()) - 1);
    this.idle = script ? Array.from({ length: count }, () => new StartedWorker(script)) : [];
  }

  /**
   * Up to `count` of the started workers that are still running; the caller owns them from then on. One
   * that failed while waiting (its error had nobody to go to yet) is left out: a pool that starts a new
   * one in its place hears that one's error.
   */
  take(count: number): Worker[] {
    this.idle = this.idle.filter((w) => !w.ended);
    return this.idle.splice(0, count).map((w) => w.handOver());
  }

  /** Ends the workers no pool took. */
  async close(): Promise<void> {
    const idle = this.idle.splice(0);
    await Promise.all(idle.map((w) => w.worker.terminate()));
  }
}

/** A worker nobody talks to yet: its error and exit are noted here until it is handed over. */
class StartedWorker {
  readonly worker: Worker;
  ended = false;
  private readonly onExit = () => {
    this.ended = true;
  };
  private readonly onError = () => {
    // Followed by its exit; take() leaves the worker out.
  };

  constructor(script: URL) {
    this.worker = new Worker(script);
    this.worker.on('exit', this.onExit);
    this.worker.on('error', this.onError);
  }

  handOver(): Worker {
    this.worker.off('exit', this.onExit);
    this.worker.off('error', this.onError);
    return this.worker;
  }
}
