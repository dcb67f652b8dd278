import { randomBytes } from 'node:crypto';
import { mkdir, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withTempPath } from '../core/with-temp-path.js';
import type { RunReport } from './run-report.js';
import { toSarif } from './to-sarif.js';

export interface RunFolder {
  dir: string;
  reportJson: string;
  reportSarif: string;
}

/**
 * Writes `<out>/<run-id>/` (report.json, report.sarif, and what `writeMore` adds, e.g. patches/) and points `<out>/latest` at it. The folder is
 * written under a temporary name and renamed into place, so a crash never leaves a half-written run.
 */
export async function writeRunFolder(
  outDir: string,
  report: RunReport,
  writeMore: (dir: string) => Promise<void> = async () => undefined,
): Promise<RunFolder> {
  await mkdir(outDir, { recursive: true });
  const staging = path.join(outDir, `.${report.runId}.${randomBytes(3).toString('hex')}.tmp`);
  const dir = path.join(outDir, report.runId);
  await withTempPath(staging, async () => {
    await mkdir(staging);
    await writeFile(path.join(staging, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(path.join(staging, 'report.sarif'), `${JSON.stringify(toSarif(report), null, 2)}\n`);
    await writeMore(staging);
    await rename(staging, dir);
  });
  await pointLatestAt(outDir, report.runId);
  return { dir, reportJson: path.join(dir, 'report.json'), reportSarif: path.join(dir, 'report.sarif') };
}

/** `latest` is a relative symlink, replaced atomically (new link + rename over the old one). */
async function pointLatestAt(outDir: string, runId: string): Promise<void> {
  const temp = path.join(outDir, `.latest.${randomBytes(3).toString('hex')}`);
  await withTempPath(temp, async () => {
    await symlink(runId, temp);
    await rename(temp, path.join(outDir, 'latest'));
  });
}
