import { cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/report/index.js';
import { writeJavaCorpus } from '../bench/generate-java-corpus.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Worker threads start from 64 files (`--jobs N`: the main thread and N−1 workers); `--jobs 1` keeps everything on the main thread. */
describe('refactor run --jobs', () => {
  it('finds and fixes exactly the same with worker threads as without', async () => {
    const root = await tempDir();
    const corpus = writeJavaCorpus(root, 11, 30_000);
    expect(corpus.files).toBeGreaterThanOrEqual(64);
    // The fixture's odd files too: a Latin-1 file, a file with syntax errors, a project Date class.
    await cp(path.join(REPO, 'fixtures/legacy-java'), path.join(root, 'legacy'), { recursive: true });

    const runWith = async (jobs: string): Promise<RunReport> => {
      const result = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', path.join(root, '..', `out-${jobs}`), '--jobs', jobs, '--json']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as RunReport;
    };
    const single = await runWith('1');
    // The main thread and one worker; the main thread and two workers.
    const threaded = await runWith('2');
    const three = await runWith('3');

    const keys = (r: RunReport) =>
      r.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.resolution} ${JSON.stringify(f.fix ?? null)}`).sort();
    expect(single.stats.filesScanned).toBeGreaterThan(corpus.files);
    expect(single.stats.filesWithErrors).toBeGreaterThan(0);
    expect(threaded.stats.filesScanned).toBe(single.stats.filesScanned);
    expect(threaded.stats.problems).toEqual(single.stats.problems);
    expect(threaded.stats.legacyEncodings).toEqual(single.stats.legacyEncodings);
    expect(Object.keys(single.stats.legacyEncodings).length).toBeGreaterThan(0);
    expect(single.findings.length).toBeGreaterThan(500);
    expect(new Set(single.findings.map((f) => f.ruleId))).toContain('junit4-assert');
    expect(new Set(single.findings.map((f) => f.ruleId))).toContain('java-deprecated-project-api');
    expect(keys(threaded)).toEqual(keys(single));
    expect(keys(three)).toEqual(keys(single));
    expect(three.stats.problems).toEqual(single.stats.problems);
  }, 180_000);

  it('rejects a count that is not a whole number from 1 to 64', async () => {
    const result = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', 'fixtures/legacy-java', '--jobs', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs expects a whole number from 1 to 64 (got "0")');
  });
});
