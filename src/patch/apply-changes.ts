import { realpath } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import type { FileChange } from '../core/types.js';
import { compareCodeUnits } from './compare-code-units.js';
import { findUncommittedFiles } from './find-uncommitted-files.js';
import { planWrite } from './plan-write.js';
import { replaceFile } from './replace-file.js';
import type { PlannedWrite } from './plan-write.js';
import type { ApplyChangesOptions, ApplyResult } from './types.js';

/** How many uncommitted files an error message names before it says "and N more". */
const LISTED_FILES = 20;

/**
 * Writes each accepted change's `after` into the tree under `root`, in the file's own encoding and byte
 * order mark, atomically per file and keeping its permission bits. Every check runs before the first
 * write. Changes that failed verification, leave the root, hit a symlink, or whose file changed since the
 * scan are skipped with a reason.
 *
 * @throws UsageError if `root` cannot be resolved, or if it is in a git work tree and a file to write has
 * uncommitted changes (unless `force`): the user could not tell our edits from theirs, nor undo ours.
 */
export async function applyChanges(root: string, changes: readonly FileChange[], options: ApplyChangesOptions): Promise<ApplyResult> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (error) {
    throw new UsageError(`Cannot apply changes: the root ${root} cannot be resolved (${String(error)})`);
  }
  const skipped: ApplyResult['skipped'] = [];
  const planned: PlannedWrite[] = [];
  for (const change of [...changes].sort((a, b) => compareCodeUnits(a.path, b.path))) {
    if (!change.verification.ok) {
      skipped.push({ path: change.path, reason: `verification failed: ${change.verification.reason ?? change.verification.checks.join(', ')}` });
      continue;
    }
    if (change.before === change.after) continue;
    const plan = await planWrite(realRoot, change);
    if ('reason' in plan) skipped.push({ path: change.path, reason: plan.reason });
    else planned.push(plan);
  }

  if (!options.force) {
    const dirty = await findUncommittedFiles(realRoot, planned.map((write) => write.path));
    if (dirty.length > 0) {
      const listed = dirty.slice(0, LISTED_FILES).map((file) => `  ${file}`);
      const more = dirty.length > LISTED_FILES ? [`  … and ${dirty.length - LISTED_FILES} more`] : [];
      throw new UsageError(
        [`Refusing to apply: ${dirty.length} file(s) under ${root} have uncommitted changes in git:`, ...listed, ...more,
          'Commit or stash them first, or pass --force to write anyway.'].join('\n'),
      );
    }
  }

  const written: string[] = [];
  for (const write of planned) {
    try {
      await replaceFile(write.target, write.bytes, write.mode);
      written.push(write.path);
    } catch (error) {
      skipped.push({ path: write.path, reason: `write failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { written, skipped };
}
