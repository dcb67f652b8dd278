import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FileChange } from '../core/types.js';
import { encodeSource } from '../index/encode-source.js';

export interface VerifyCommand {
  command: string;
  /** Seconds before the command is killed and counted as failed. */
  timeoutSeconds: number;
}

/**
 * Runs the recipe's `verify.command` in a temporary copy of the root with the changes applied. When the
 * whole set fails, each rule's changes are tried alone, so that one bad fix does not sink the rest; the
 * changes of failing rules are rejected with the command's output as the reason.
 */
export async function verifyWithCommand(root: string, changes: readonly FileChange[], verify: VerifyCommand): Promise<FileChange[]> {
  const candidates = changes.filter((c) => c.verification.ok);
  if (candidates.length === 0) return [...changes];
  const whole = await runInCopy(root, candidates, verify);
  const mark = (failed: Map<FileChange, string>) =>
    changes.map((c) => {
      if (!candidates.includes(c)) return c;
      const checks = [...c.verification.checks, 'command'];
      const reason = failed.get(c);
      return { ...c, verification: reason === undefined ? { ...c.verification, checks } : { ok: false, checks, reason } };
    });
  if (whole.ok) return mark(new Map());

  const rules = [...new Set(candidates.flatMap((c) => c.edits.map((e) => e.ruleIds[0] ?? '')))];
  const failed = new Map<FileChange, string>();
  for (const rule of rules) {
    const touched = candidates.filter((c) => c.edits.some((e) => e.ruleIds[0] === rule));
    const alone = await runInCopy(root, touched, verify);
    if (!alone.ok) for (const c of touched) failed.set(c, `verify command "${verify.command}" failed with the ${rule} fixes: ${alone.output}`);
  }
  if (failed.size === 0) for (const c of candidates) failed.set(c, `verify command "${verify.command}" failed with all fixes together: ${whole.output}`);
  return mark(failed);
}

async function runInCopy(root: string, changes: readonly FileChange[], verify: VerifyCommand): Promise<{ ok: boolean; output: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'refactor-verify-'));
  try {
    const copy = path.join(dir, 'tree');
    await copyTree(root, copy);
    for (const c of changes) await writeFile(path.join(copy, c.path), encodeSource(c.after, c.encoding, c.bom));
    return await runCommand(verify, copy);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A copy of the tree; node_modules and .git are linked, not copied (large, and not changed by fixes). */
async function copyTree(root: string, copy: string): Promise<void> {
  const linked = new Set(['node_modules', '.git', '.refactor']);
  await cp(root, copy, { recursive: true, verbatimSymlinks: true, filter: (src) => !linked.has(path.basename(src)) || path.dirname(src) !== root });
  for (const entry of await readdir(root)) if (linked.has(entry) && entry !== '.refactor') await symlink(path.join(root, entry), path.join(copy, entry));
}

function runCommand(verify: VerifyCommand, cwd: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', verify.command], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (d: Buffer) => (output = (output + d.toString()).slice(-4000));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      output += `\n(killed after ${verify.timeoutSeconds} s)`;
      child.kill('SIGKILL');
    }, verify.timeoutSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, output: String(error) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, output: lastLines(output) });
    });
  });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-8).join('\n');
}
