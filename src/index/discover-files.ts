import { lstat, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { Entry } from 'fast-glob';
import picomatch from 'picomatch';
import { UsageError } from '../core/errors.js';
import type { SkippedFile, SkipReason, SourceFile } from '../core/types.js';
import { createGitignoreFilter } from './gitignore-filter.js';
import type { GitignoreFilter } from './gitignore-filter.js';
import { languageOfPath } from './language-of-path.js';
import { observeReaddir } from './observe-readdir.js';

export interface DiscoverOptions {
  /** Absolute path of the tree to scan. */
  root: string;
  /** fast-glob patterns, relative to `root`, of the files to scan (e.g. `**\/*.java`). */
  files: string[];
  /** Patterns of paths to leave out, on top of ALWAYS_IGNORED and the tree's `.gitignore` files. */
  ignores: string[];
  /** Files larger than this many bytes are skipped as `too-large`. */
  maxFileSize: number;
  /** Scan `node_modules` too (vendored or bundled dependencies that a project ships as its own code). */
  includeNodeModules?: boolean;
}

export interface Discovery {
  /** Files to index, sorted by path. */
  files: SourceFile[];
  /** Paths that matched but will not be indexed, and why; sorted by path. */
  skipped: SkippedFile[];
  /** How many matching files `.gitignore` excluded; counted, not listed, as real repos have many. */
  gitignored: number;
}

/** VCS data and refactor's own state: never source worth scanning. */
export const ALWAYS_IGNORED: readonly string[] = ['**/.git/**', '**/.refactor/**'];
/** Installed dependencies: not the project's code, unless asked (`includeNodeModules`). */
const DEPENDENCIES = '**/node_modules/**';

/** Build output folders (Maven, Gradle, bundlers, IDEs), unless they sit inside a source tree (`src/…/build/` is a package). */
const OUTPUT_DIRS: ReadonlySet<string> = new Set(['target', 'build', 'dist', 'out']);

/** True for `target/classes/A.java` or `module/build/gen/B.java`, false for `src/main/java/com/acme/build/C.java`. */
export function isBuildOutput(relPath: string): boolean {
  const segments = relPath.split('/');
  for (const segment of segments.slice(0, -1)) {
    if (segment === 'src') return false;
    if (OUTPUT_DIRS.has(segment)) return true;
  }
  return false;
}

/** How many lstat/stat calls are in flight at once: enough to keep the disk busy, few enough to bound memory. */
const STAT_CONCURRENCY = 64;

type Outcome =
  | { kind: 'file'; file: SourceFile }
  | { kind: 'skipped'; skipped: SkippedFile }
  | { kind: 'gitignored'; path: string }
  | { kind: 'none' };

interface Context {
  root: string;
  maxFileSize: number;
  gitignore: GitignoreFilter;
}

/**
 * Lists the source files under `root` that match `files`, minus `ignores`, ALWAYS_IGNORED and
 * `.gitignore`. Symbolic links are never followed (a scan must not escape its root or loop): links that
 * match, and links to directories, are reported as skipped. Problems are reported, never thrown; the
 * same tree always gives the same, sorted, result.
 *
 * @throws UsageError if `root` is not a readable directory.
 */
export async function discoverFiles(options: DiscoverOptions): Promise<Discovery> {
  const root = path.resolve(options.root);
  await assertDirectory(root);
  const ignores = [...ALWAYS_IGNORED, ...(options.includeNodeModules ? [] : [DEPENDENCIES]), ...options.ignores];
  const walk = observeReaddir(root);
  const entries = await fg(options.files, {
    cwd: root,
    ignore: ignores,
    dot: true,
    caseSensitiveMatch: true,
    followSymbolicLinks: false,
    onlyFiles: false,
    objectMode: true,
    suppressErrors: true,
    throwErrorOnBrokenSymbolicLink: false,
    fs: { readdir: walk.readdir },
  });
  const gitignore = createGitignoreFilter(root, (dir) => walk.hasGitignore.get(dir));
  const context: Context = { root, maxFileSize: options.maxFileSize, gitignore };
  const outcomes = await mapConcurrently(entries, (entry) => classifyEntry(entry, context));

  const accounted = new Set(outcomes.flatMap(pathOf));
  const isIgnoredByGlob = picomatch(ignores, { dot: true });
  const links = walk.symlinks.filter((link) => !accounted.has(link) && !isIgnoredByGlob(link));
  outcomes.push(...(await mapConcurrently(links, (link) => classifyUnmatchedLink(link, context))));
  outcomes.push(...(await mapConcurrently(walk.failures, (failure) => classifyUnlistable(failure, context))));

  const files = outcomes.flatMap((o) => (o.kind === 'file' ? [o.file] : []));
  const skipped = outcomes.flatMap((o) => (o.kind === 'skipped' ? [o.skipped] : []));
  skipped.push(...context.gitignore.unreadable);
  return {
    files: files.sort((a, b) => compareStrings(a.path, b.path)),
    skipped: skipped.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.reason, b.reason)),
    gitignored: outcomes.filter((o) => o.kind === 'gitignored').length,
  };
}

async function classifyEntry(entry: Entry, context: Context): Promise<Outcome> {
  if (entry.dirent.isDirectory()) return { kind: 'none' };
  const relPath = entry.path.replace(/^\.\//, '');
  const language = languageOfPath(relPath);
  if (language === undefined || isBuildOutput(relPath)) return { kind: 'none' };
  if (await context.gitignore.isIgnored(relPath, false)) return { kind: 'gitignored', path: relPath };
  const absPath = path.join(context.root, relPath);
  if (entry.dirent.isSymbolicLink()) return skip(relPath, 'symlink', await describeLink(absPath));
  if (!entry.dirent.isFile()) return skip(relPath, 'unreadable', 'not a regular file (FIFO, socket or device)');
  try {
    const { size } = await lstat(absPath);
    if (size > context.maxFileSize) {
      return skip(relPath, 'too-large', `${size} bytes, over the limit of ${context.maxFileSize} bytes`);
    }
    return { kind: 'file', file: { path: relPath, language, size } };
  } catch (error) {
    return skip(relPath, 'unreadable', errorCode(error));
  }
}

/** A link whose name did not match the globs matters only if it hides a directory the walk did not enter. */
async function classifyUnmatchedLink(relPath: string, context: Context): Promise<Outcome> {
  const absPath = path.join(context.root, relPath);
  const kind = await stat(absPath).then(
    (target) => (target.isDirectory() ? 'directory not followed' : undefined),
    (error: unknown) => (errorCode(error) === 'ELOOP' ? 'link loop' : undefined),
  );
  if (kind === undefined || (await context.gitignore.isIgnored(relPath, true))) return { kind: 'none' };
  return skip(relPath, 'symlink', `${kind}, ${await describeLink(absPath)}`);
}

async function classifyUnlistable(failure: { dir: string; code: string }, context: Context): Promise<Outcome> {
  if (await context.gitignore.isIgnored(failure.dir, true)) return { kind: 'none' };
  return skip(failure.dir, 'unreadable', `${failure.code}: directory could not be listed; files in it were not scanned`);
}

async function describeLink(absPath: string): Promise<string> {
  try {
    return `link to ${await readlink(absPath)}`;
  } catch (error) {
    return `link target unreadable (${errorCode(error)})`;
  }
}

async function assertDirectory(root: string): Promise<void> {
  const problem = await stat(root).then(
    (stats) => (stats.isDirectory() ? undefined : 'not a directory'),
    (error: unknown) => errorCode(error),
  );
  if (problem !== undefined) {
    throw new UsageError(`Cannot scan ${root}: ${problem}. Point the root at the directory holding the sources.`);
  }
}

function skip(relPath: string, reason: SkipReason, detail: string): Outcome {
  return { kind: 'skipped', skipped: { path: relPath, reason, detail } };
}

function pathOf(outcome: Outcome): string[] {
  if (outcome.kind === 'file') return [outcome.file.path];
  if (outcome.kind === 'skipped') return [outcome.skipped.path];
  if (outcome.kind === 'gitignored') return [outcome.path];
  return [];
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Like Promise.all over items.map(map), with at most STAT_CONCURRENCY calls in flight; keeps the order. */
async function mapConcurrently<T, R>(items: readonly T[], map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  // One iterator shared by every worker: each takes the next item when it is free.
  const queue = items.entries();
  async function work(): Promise<void> {
    for (const [index, item] of queue) results[index] = await map(item);
  }
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, items.length) }, work));
  return results;
}
