import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { REPO } from './run-cli.js';

/** A fresh temp dir, removed when the current test finishes. */
export async function tempDir(prefix = 'refactor-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies `fixtures/<name>` into a fresh temp dir (knip's copyFixture); returns the copy's path. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await tempDir(`refactor-${name}-`);
  const target = path.join(dir, name);
  await cp(path.join(REPO, 'fixtures', name), target, { recursive: true, verbatimSymlinks: true });
  return target;
}
