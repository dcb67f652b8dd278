import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunReport } from '../../src/report/index.js';

/** The report of the newest run in `outDir` (through the `latest` link, as a user would find it). */
export async function readLatestReport(outDir: string): Promise<RunReport> {
  return JSON.parse(await readFile(path.join(outDir, 'latest', 'report.json'), 'utf8')) as RunReport;
}

export async function readLatestSarif(outDir: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(outDir, 'latest', 'report.sarif'), 'utf8'));
}
