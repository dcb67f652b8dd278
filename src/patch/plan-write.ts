import type { Stats } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { FileChange } from '../core/types.js';
import { encodeSource } from '../index/encode-source.js';
import { readSource } from '../index/read-source.js';
import { describePathProblem } from './describe-path-problem.js';

/** A change that is safe to write: where, what bytes, and the permission bits to keep. */
export interface PlannedWrite {
  path: string;
  target: string;
  bytes: Buffer;
  mode: number;
}

/**
 * Checks that a change can be written in place under `realRoot` (a real path) and returns the write, or
 * why not: the path must stay inside the root even through symlinked directories, the file must be a
 * regular file, not a symlink, and must still hold exactly `before` (else the tree changed since the scan).
 */
export async function planWrite(realRoot: string, change: FileChange): Promise<PlannedWrite | { reason: string }> {
  const problem = describePathProblem(change.path);
  if (problem !== undefined) return { reason: `refused: ${problem}` };
  const resolved = path.resolve(realRoot, change.path);
  if (!isInside(realRoot, resolved)) return { reason: 'refused: the path is outside the root' };
  let realDir: string;
  try {
    realDir = await realpath(path.dirname(resolved));
  } catch (error) {
    return { reason: `its directory cannot be resolved (${codeOf(error)})` };
  }
  if (!isInside(realRoot, realDir) && realDir !== realRoot) {
    return { reason: 'refused: the path leads outside the root through a symbolic link' };
  }
  const target = path.join(realDir, path.basename(resolved));
  let stats: Stats;
  try {
    stats = await lstat(target);
  } catch (error) {
    return { reason: `cannot be read (${codeOf(error)})` };
  }
  if (stats.isSymbolicLink()) return { reason: 'refused: the file is a symbolic link' };
  if (!stats.isFile()) return { reason: 'refused: not a regular file' };
  const current = await readSource(target);
  if (!current.ok) return { reason: `cannot be read (${current.detail})` };
  if (current.text !== change.before || current.bom !== change.bom) {
    return { reason: 'the file changed on disk since the scan; scan again' };
  }
  try {
    return { path: change.path, target, bytes: encodeSource(change.after, change.encoding, change.bom), mode: stats.mode & 0o7777 };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}
