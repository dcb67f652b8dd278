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
  private idle: Worker[];

  constructor(jobs = defaultJobs()) {
    const url = parseWorkerUrl();
    this.idle = url ? Array.from({ length: Math.max(0, jobs - 1) }, () => new Worker(url)) : [];
  }

  /** Up to `count` of the started workers; the caller owns them from then on. */
  take(count: number): Worker[] {
    return this.idle.splice(0, count);
  }

  /** Ends the workers no pool took. */
  async close(): Promise<void> {
    const idle = this.take(this.idle.length);
    await Promise.all(idle.map((w) => w.terminate()));
  }
}
