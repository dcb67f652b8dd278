import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import type { SkippedFile } from '../core/types.js';

export interface GitignoreFilter {
  /** Whether git would ignore this POSIX path (relative to the root); `isDirectory` enables `dir/` rules. */
  isIgnored(relPath: string, isDirectory: boolean): Promise<boolean>;
  /** `.gitignore` files that exist but could not be read (their rules were not applied). */
  readonly unreadable: SkippedFile[];
}

/** Files that never hold rules: missing, or something else sits at that name. */
const NO_RULES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/**
 * Applies the `.gitignore` files of a tree as git does: each file's rules are relative to its own
 * directory, a deeper file overrides a shallower one (`!keep.java` re-includes), and nothing inside an
 * ignored directory can be re-included. `.git/info/exclude` at the root counts as root rules. Matching
 * is case-sensitive (git's default on Linux). Rules files are read lazily, once per directory.
 *
 * @param hasGitignore what a directory walk already knows: whether a directory ('' for the root) holds a
 *   `.gitignore`, or undefined if it was not listed (then the file is probed).
 */
export function createGitignoreFilter(
  root: string,
  hasGitignore: (dir: string) => boolean | undefined = () => undefined,
): GitignoreFilter {
  const unreadable: SkippedFile[] = [];
  const rulesByDir = new Map<string, Promise<Ignore | undefined>>();
  const ignoredDirs = new Map<string, Promise<boolean>>();

  function rulesIn(dir: string): Promise<Ignore | undefined> {
    let rules = rulesByDir.get(dir);
    if (rules === undefined) {
      // git ranks .git/info/exclude below every .gitignore, so its rules go first and lose ties.
      const gitignore = hasGitignore(dir) === false ? [] : [dir === '' ? '.gitignore' : `${dir}/.gitignore`];
      const sources = dir === '' ? ['.git/info/exclude', ...gitignore] : gitignore;
      rules = loadRules(root, sources, unreadable);
      rulesByDir.set(dir, rules);
    }
    return rules;
  }

  /** The verdict of the rules alone, deepest matching rule wins; parents are checked by the caller. */
  async function matchesRules(relPath: string, isDirectory: boolean): Promise<boolean> {
    let isIgnored = false;
    for (const dir of ancestorsOf(relPath)) {
      const rules = await rulesIn(dir);
      if (rules === undefined) continue;
      const inDir = dir === '' ? relPath : relPath.slice(dir.length + 1);
      const result = testSafely(rules, isDirectory ? `${inDir}/` : inDir);
      if (result.ignored) isIgnored = true;
      else if (result.unignored) isIgnored = false;
    }
    return isIgnored;
  }

  function isDirIgnored(dir: string): Promise<boolean> {
    if (dir === '') return Promise.resolve(false);
    let verdict = ignoredDirs.get(dir);
    if (verdict === undefined) {
      verdict = isDirIgnored(parentOf(dir)).then(
        (isParentIgnored) => isParentIgnored || matchesRules(dir, true),
      );
      ignoredDirs.set(dir, verdict);
    }
    return verdict;
  }

  return {
    unreadable,
    async isIgnored(relPath, isDirectory) {
      if (relPath === '' || relPath === '.') return false;
      if (await isDirIgnored(parentOf(relPath))) return true;
      return matchesRules(relPath, isDirectory);
    },
  };
}

/** '' (the root), then each directory above `relPath`, outermost first. */
function ancestorsOf(relPath: string): string[] {
  const dirs = [''];
  for (let end = relPath.indexOf('/'); end !== -1; end = relPath.indexOf('/', end + 1)) dirs.push(relPath.slice(0, end));
  return dirs;
}

/** The parent directory of a POSIX relative path, '' for the root. */
function parentOf(relPath: string): string {
  const slash = relPath.lastIndexOf('/');
  return slash === -1 ? '' : relPath.slice(0, slash);
}

async function loadRules(root: string, sources: string[], unreadable: SkippedFile[]): Promise<Ignore | undefined> {
  if (sources.length === 0) return undefined;
  const texts = await Promise.all(sources.map((source) => readRules(root, source, unreadable)));
  const present = texts.filter((text): text is string => text !== undefined);
  if (present.length === 0) return undefined;
  const rules = ignore({ ignorecase: false });
  // One string per file: `ignore` splits a string into lines, but takes each array item as one pattern.
  for (const text of present) rules.add(text);
  return rules;
}

async function readRules(root: string, source: string, unreadable: SkippedFile[]): Promise<string | undefined> {
  try {
    return await readFile(path.join(root, source), 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    if (!NO_RULES.has(code)) {
      unreadable.push({ path: source, reason: 'unreadable', detail: `${code}: its ignore rules were not applied` });
    }
    return undefined;
  }
}

/** `ignore` throws on paths it considers invalid (e.g. odd names); such a path is simply not ignored. */
function testSafely(rules: Ignore, relPath: string): { ignored: boolean; unignored: boolean } {
  try {
    return rules.test(relPath);
  } catch {
    return { ignored: false, unignored: false };
  }
}
