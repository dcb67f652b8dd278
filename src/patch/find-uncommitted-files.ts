import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Keeps each `git status` command line well under the OS limit. */
const PATHS_PER_CALL = 200;
const MAX_OUTPUT = 64 * 1024 * 1024;

/**
 * Which of `paths` (relative to `root`) have uncommitted changes — staged, unstaged or untracked — when
 * `root` is inside a git work tree; none when it is not (or git is missing). Returned relative to `root`.
 */
export async function findUncommittedFiles(root: string, paths: readonly string[]): Promise<string[]> {
  const prefix = await workTreePrefix(root);
  if (prefix === undefined || paths.length === 0) return [];
  const dirty = new Set<string>();
  for (let index = 0; index < paths.length; index += PATHS_PER_CALL) {
    const batch = paths.slice(index, index + PATHS_PER_CALL);
    // --literal-pathspecs: a file named `*.java` must not match every Java file.
    const args = ['-C', root, '--literal-pathspecs', 'status', '--porcelain', '-z', '--untracked-files=all', '--', ...batch];
    const { stdout } = await run('git', args, { maxBuffer: MAX_OUTPUT, encoding: 'utf8' });
    for (const file of parsePorcelainZ(stdout)) {
      dirty.add(file.startsWith(prefix) ? file.slice(prefix.length) : file);
    }
  }
  return [...dirty].sort();
}

/** The root's path inside its work tree (`''` or `sub/dir/`), or undefined if it is not in one. */
async function workTreePrefix(root: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', root, 'rev-parse', '--is-inside-work-tree', '--show-prefix'], { encoding: 'utf8' });
    const [inside, prefix = ''] = stdout.split('\n');
    return inside === 'true' ? prefix : undefined;
  } catch {
    return undefined;
  }
}

/** Porcelain v1 with -z: `XY path\0`, plus the source path as an extra field for renames and copies. Paths are repo-relative. */
function parsePorcelainZ(output: string): string[] {
  const fields = output.split('\0');
  const files: string[] = [];
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index] ?? '';
    if (field.length < 4) continue;
    files.push(field.slice(3));
    if (field[0] === 'R' || field[0] === 'C') index++;
  }
  return files;
}
