import { readdir } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { FileSystemAdapter } from 'fast-glob';

type DirentsCallback = (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void;
type NamesCallback = (error: NodeJS.ErrnoException | null, names: string[]) => void;

export interface ReaddirObserver {
  /** Drop-in for `fs.readdir`, to give fast-glob as `fs: { readdir }`. */
  readdir: FileSystemAdapter['readdir'];
  /** POSIX paths, relative to the root, of the symbolic links in every directory listed. */
  readonly symlinks: string[];
  /** Directories that could not be listed ('.' for the root), with the error code. */
  readonly failures: Array<{ dir: string; code: string }>;
  /** Every directory listed ('' for the root), and whether it holds a `.gitignore`. */
  readonly hasGitignore: Map<string, boolean>;
}

/**
 * Watches a fast-glob walk from the inside. With `suppressErrors` fast-glob silently skips a directory
 * it cannot list (EACCES), and with `followSymbolicLinks: false` it never reports a link to a directory
 * unless its name matches the globs; both are things a scan should tell its user, so record them here.
 * The listings also tell where `.gitignore` files are, sparing a probe per directory.
 */
export function observeReaddir(root: string): ReaddirObserver {
  const symlinks: string[] = [];
  const failures: Array<{ dir: string; code: string }> = [];
  const hasGitignore = new Map<string, boolean>();
  const relative = (absPath: string) => path.relative(root, absPath).split(path.sep).join('/');

  function record(dir: string, error: NodeJS.ErrnoException | null, entries: Dirent[]): void {
    if (error !== null) {
      // ENOENT: the directory vanished during the walk; nothing left to report.
      if (error.code !== 'ENOENT') failures.push({ dir: relative(dir) || '.', code: error.code ?? error.message });
      return;
    }
    hasGitignore.set(relative(dir), entries.some((entry) => entry.name === '.gitignore'));
    for (const entry of entries) if (entry.isSymbolicLink()) symlinks.push(relative(path.join(dir, entry.name)));
  }

  function observedReaddir(dir: string, options: { withFileTypes: true }, callback: DirentsCallback): void;
  function observedReaddir(dir: string, callback: NamesCallback): void;
  function observedReaddir(
    dir: string,
    optionsOrCallback: { withFileTypes: true } | NamesCallback,
    callback?: DirentsCallback,
  ): void {
    if (typeof optionsOrCallback === 'function') {
      // Only used by fast-glob with `stats: true`, which discovery does not set: pass through.
      readdir(dir, optionsOrCallback);
      return;
    }
    readdir(dir, { withFileTypes: true }, (error, entries) => {
      record(dir, error, entries);
      callback?.(error, entries);
    });
  }

  return { readdir: observedReaddir, symlinks, failures, hasGitignore };
}
