import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type FetchedPackage = { ok: true; root: string; isFresh: boolean } | { ok: false; reason: string };

const DONE_MARKER = '.extracted';

/**
 * `npm pack <spec>` into `dir`, then `tar xzf` it there; the package's files land in `dir/package`.
 * A marker written after extraction makes later runs skip both steps. Failure (no network, no tar)
 * is returned, not thrown: the bench reports the corpus as skipped and goes on.
 */
export function fetchNpmPackage(spec: string, dir: string): FetchedPackage {
  const root = path.join(dir, 'package');
  if (existsSync(path.join(dir, DONE_MARKER))) return { ok: true, root, isFresh: false };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    const packed = execFileSync('npm', ['pack', spec, '--loglevel=error'], { cwd: dir, encoding: 'utf8', timeout: 180_000, stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = packed.trim().split('\n').at(-1)?.trim();
    if (!tarball || !existsSync(path.join(dir, tarball))) return { ok: false, reason: `npm pack ${spec} printed no tarball name (${JSON.stringify(packed.trim())})` };
    execFileSync('tar', ['xzf', tarball], { cwd: dir, timeout: 120_000, stdio: ['ignore', 'ignore', 'pipe'] });
    writeFileSync(path.join(dir, DONE_MARKER), `${tarball}\n`);
    return { ok: true, root, isFresh: true };
  } catch (error) {
    return { ok: false, reason: describeExecError(error) };
  }
}

function describeExecError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const stderr = 'stderr' in error ? String(error.stderr ?? '').trim() : '';
  const firstLines = stderr.split('\n').filter(Boolean).slice(0, 3).join(' | ');
  return firstLines ? `${error.message.split('\n')[0]}: ${firstLines}` : error.message.split('\n')[0] ?? error.message;
}
