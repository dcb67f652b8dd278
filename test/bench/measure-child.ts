import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pollPeakRss } from './poll-peak-rss.js';

const GNU_TIME = '/usr/bin/time';

export interface ChildMeasurement {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit, including Node's start-up: what a user waits for. */
  wallMs: number;
  peakRssKb: number | undefined;
  /** How peak RSS was taken, so figures from different machines are not compared blindly. */
  rssSource: 'time -v' | '/proc VmHWM' | 'unavailable';
}

/**
 * Runs `command args` to completion and measures it. Peak RSS comes from GNU `time -v` (exact, taken
 * by the kernel at exit) when /usr/bin/time exists, else from polling /proc. `useGnuTime: false`
 * forces the fallback (to check it, or to compare with a machine that lacks GNU time).
 */
export async function measureChild(
  command: string,
  args: string[],
  cwd: string,
  { useGnuTime = existsSync(GNU_TIME) }: { useGnuTime?: boolean } = {},
): Promise<ChildMeasurement> {
  const hasGnuTime = useGnuTime;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'refactor-bench-time-'));
  const timeFile = path.join(tmp, 'time.txt');
  try {
    const [file, argv] = hasGnuTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const poller = !hasGnuTime && child.pid !== undefined ? pollPeakRss(child.pid) : undefined;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const wallMs = performance.now() - started;
    const polledKb = poller?.stop();
    const peakRssKb = hasGnuTime ? readGnuTimePeak(timeFile) : polledKb;
    return {
      exitCode,
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
      wallMs,
      peakRssKb,
      rssSource: peakRssKb === undefined ? 'unavailable' : hasGnuTime ? 'time -v' : '/proc VmHWM',
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function readGnuTimePeak(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(file, 'utf8'));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
