import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParseResult, ParseTask } from '../../src/index/parse-file.js';
import { REPO } from '../helpers/run-cli.js';

// The compiled modules: worker threads run the built parse-worker.js, which sits beside them only in
// dist/ (`npm test` builds first). Typed as their sources.
const { openParsePool } = (await import(path.join(REPO, 'dist/index/parse-pool.js'))) as typeof import('../../src/index/parse-pool.js');
const { ParseWorkers } = (await import(path.join(REPO, 'dist/index/parse-workers.js'))) as typeof import('../../src/index/parse-workers.js');

const JAVA = path.join(REPO, 'fixtures/legacy-java/src/main/java/com/acme/billing/Invoice.java');

function tasks(count: number): ParseTask[] {
  return Array.from({ length: count }, (_, i) => ({ absPath: JAVA, path: `copy${i}/Invoice.java`, language: 'java' as const, queries: [] }));
}

describe('parse workers started ahead of the pool', () => {
  it('are taken by a pool for a big tree, which parses with them', async () => {
    const started = new ParseWorkers(3);
    const pool = openParsePool(100, 3, started);
    // The pool took both workers: none is left to take.
    expect(started.take(2)).toEqual([]);
    const results: ParseResult[] = [];
    try {
      await pool.parse(tasks(100), (_task, result) => results.push(result));
    } finally {
      await pool.close();
    }
    expect(results).toHaveLength(100);
    expect(results.every((r) => r.ok && r.java?.types.some((t) => t.fqn === 'com.acme.billing.Invoice'))).toBe(true);
  });

  it('are ended, not left running, when the tree is too small for threads or --jobs is 1', async () => {
    for (const [count, jobs] of [
      [10, 2],
      [100, 1],
    ] as const) {
      const started = new ParseWorkers(2);
      const pool = openParsePool(count, jobs, started);
      expect(started.take(1)).toEqual([]);
      const results: ParseResult[] = [];
      await pool.parse(tasks(count), (_task, result) => results.push(result));
      await pool.close();
      expect(results.filter((r) => r.ok)).toHaveLength(count);
    }
  });

  it('that failed while waiting are left out (not handed to a pool that would wait on them forever)', async () => {
    const broken = new URL(`data:text/javascript,${encodeURIComponent("throw new Error('grammar failed to load')")}`);
    const started = new ParseWorkers(2, broken);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(started.take(1)).toEqual([]);
    // A pool then starts a worker of its own in its place (one whose errors it hears) and parses everything.
    const pool = openParsePool(100, 2, started);
    let parsed = 0;
    try {
      await pool.parse(tasks(100), (_task, result) => void (result.ok && parsed++));
    } finally {
      await pool.close();
    }
    expect(parsed).toBe(100);
  });

  it('are no more than one per core beside the calling thread, whatever --jobs asks for', async () => {
    const started = new ParseWorkers(64);
    const taken = started.take(64);
    await Promise.all(taken.map((w) => w.terminate()));
    expect(taken).toHaveLength(Math.min(availableParallelism(), 8) - 1);
  });

  it('that no pool took are ended by close()', async () => {
    const started = new ParseWorkers(2);
    await started.close();
    expect(started.take(1)).toEqual([]);
  });
});
