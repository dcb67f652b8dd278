import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** Git without the machine's or user's config, so that e.g. a global core.autocrlf cannot change results. */
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: os.devNull,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export interface GitResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs git in `cwd`, hermetically; `input` goes to stdin. */
export function git(cwd: string, args: string[], input?: Buffer): GitResult {
  const result = spawnSync('git', args, { cwd, env: GIT_ENV, input, encoding: 'buffer' });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

/** A temp dir removed when the test finishes. */
export async function tempDir(prefix = 'refactor-patch-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A `git init`ed temp dir holding `files` (path → bytes), optionally committed. */
export async function gitSandbox(files: Record<string, Buffer | string>, options: { commit?: boolean } = {}): Promise<string> {
  const dir = await tempDir();
  const init = git(dir, ['init', '--quiet']);
  if (init.status !== 0) throw new Error(`git init failed: ${init.stderr}`);
  for (const [file, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), bytes);
  }
  if (options.commit === true) {
    git(dir, ['add', '--all']);
    const commit = git(dir, ['commit', '--quiet', '-m', 'pristine']);
    if (commit.status !== 0) throw new Error(`git commit failed: ${commit.stderr}`);
  }
  return dir;
}

/** `git apply --check` then `git apply` of `patch` (bytes) from the root of `dir`; throws with git's stderr on failure. */
export function gitApply(dir: string, patch: Buffer): void {
  for (const args of [['apply', '--check', '-'], ['apply', '-']]) {
    const result = git(dir, args, patch);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.stderr}\n--- patch ---\n${patch.toString('latin1')}`);
  }
}

export function readBytes(dir: string, file: string): Promise<Buffer> {
  return readFile(path.join(dir, file));
}
