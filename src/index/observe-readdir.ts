import { readdir } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { FileSystemAdapter } from 'fast-glob';

type DirentsCallback = (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void;
type NamesCallback = (error: NodeJS.ErrnoException | null, names: string[]) => void;

export interface ReaddirObserver {
  /** Drop-in for `fs.readdir`, to give fast-glob as `fs: { readdir }`. */
  readdir: FileSystemAdapter['readdir'];
  /** Absolute paths of the symbolic links found in every directory listed. */
  readonly symlinks: string[];
  /** Absolute paths of directories that could not be listed, with the error code. */
  readonly failures: Array<{ dir: string; code: string }>;
}

/**
 * Watches a fast-glob walk from the inside. With `suppressErrors` fast-glob silently skips a directory
 * it cannot list (EACCES), and with `followSymbolicLinks: false` it never reports a link to a directory
 * unless its name matches the globs; both are things a scan should tell its user, so record them here.
 */
export function observeReaddir(): ReaddirObserver {
  const symlinks: string[] = [];
  const failures: Array<{ dir: string; code: string }> = [];

  function recordFailure(dir: string, error: NodeJS.ErrnoException | null): void {
    // ENOENT: the directory vanished during the walk; nothing left to report.
    if (error !== null && error.code !== 'ENOENT') failures.push({ dir, code: error.code ?? error.message });
  }

  function observedReaddir(dir: string, options: { withFileTypes: true }, callback: DirentsCallback): void;
  function observedReaddir(dir: string, callback: NamesCallback): void;
  function observedReaddir(
    dir: string,
    optionsOrCallback: { withFileTypes: true } | NamesCallback,
    callback?: DirentsCallback,
  ): void {
    if (typeof optionsOrCallback === 'function') {
      readdir(dir, (error, names) => {
        recordFailure(dir, error);
        optionsOrCallback(error, names);
      });
      return;
    }
    readdir(dir, { withFileTypes: true }, (error, entries) => {
      recordFailure(dir, error);
      if (error === null) {
        for (const entry of entries) if (entry.isSymbolicLink()) symlinks.push(path.join(dir, entry.name));
      }
      callback?.(error, entries);
    });
  }

  return { readdir: observedReaddir, symlinks, failures };
}
