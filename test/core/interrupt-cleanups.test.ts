import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite } from '../../src/core/atomic-write.js';
import { onInterrupt, runInterruptCleanups } from '../../src/core/interrupt-cleanups.js';
import { withTempPath } from '../../src/core/with-temp-path.js';
import { writeRunFolder } from '../../src/report/index.js';
import { readLatestReport } from '../helpers/read-report.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * Ctrl-C (or kill) while a run folder is staged, or while a file is written with --apply, must not leave
 * temp files behind: the CLI's signal handlers run the cleanups these register. Here the "signal" is a
 * call to runInterruptCleanups() at the worst moment.
 */
describe('cleanups on interrupt', () => {
  it('remove a run folder being staged, leaving the out dir as it was', async () => {
    const first = await tempDir();
    expect((await runCli(['run', 'recipes/deprecated-api.yaml', '--root', 'fixtures/legacy-java', '--out', first])).code).toBe(0);
    const report = await readLatestReport(first);
    const out = await tempDir();
    let stagedBefore = false;
    let stagedAfter = true;
    await expect(
      writeRunFolder(out, report, async (dir) => {
        stagedBefore = existsSync(path.join(dir, 'report.json'));
        runInterruptCleanups();
        stagedAfter = existsSync(dir);
        throw new Error('the process would have exited here');
      }),
    ).rejects.toThrow('would have exited');
    expect([stagedBefore, stagedAfter]).toEqual([true, false]);
    expect(await readdir(out)).toEqual([]);
  }, 30_000);

  it('are unregistered once the write is done, and run only once', async () => {
    const dir = await tempDir();
    await atomicWrite(path.join(dir, 'a.txt'), 'a');
    let runs = 0;
    const undo = onInterrupt(() => runs++);
    runInterruptCleanups();
    runInterruptCleanups();
    undo();
    expect(runs).toBe(1);
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('remove a temp folder whose work failed, or was interrupted, and keep one whose work succeeded', async () => {
    const dir = await tempDir();
    const failed = path.join(dir, 'failed.tmp');
    await expect(
      withTempPath(failed, async () => {
        await mkdir(failed);
        await writeFile(path.join(failed, 'half'), 'x');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    const interrupted = path.join(dir, 'interrupted.tmp');
    await withTempPath(interrupted, async () => {
      await mkdir(interrupted);
      runInterruptCleanups();
    });
    const kept = path.join(dir, 'kept');
    await withTempPath(kept, () => mkdir(kept));
    runInterruptCleanups();
    expect(await readdir(dir)).toEqual(['kept']);
  });

  it('go on when one of them throws', () => {
    let ran = false;
    onInterrupt(() => {
      throw new Error('boom');
    });
    onInterrupt(() => {
      ran = true;
    });
    runInterruptCleanups();
    expect(ran).toBe(true);
  });
});
