import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/report/index.js';
import { readLatestReport } from '../helpers/read-report.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { copyFixture, tempDir } from '../helpers/temp-dir.js';

function git(cwd: string, ...args: string[]): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

async function pristineRepo(fixture: string): Promise<string> {
  const root = await copyFixture(fixture);
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'pristine');
  return root;
}

async function scan(root: string, out: string, ...extra: string[]): Promise<RunReport> {
  const result = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', out, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return readLatestReport(out);
}

describe('patch sets from the shipped fixes', () => {
  it.each(['legacy-java', 'legacy-node', 'ts-paths'])('in fixtures/%s: every patch applies to a pristine copy, and a re-scan finds what was fixed gone', async (fixture) => {
    const root = await pristineRepo(fixture);
    const out = path.join(await tempDir(), 'reports');
    const first = await scan(root, out);
    const patches = path.join(out, 'latest', 'patches');
    const names = (await readdir(patches)).filter((n) => n.endsWith('.patch'));
    expect(names).toContain('all.patch');
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      const check = git(root, 'apply', '--check', path.join(patches, name));
      expect(check.stderr, name).toBe('');
      expect(check.status, name).toBe(0);
    }
    const manifest = JSON.parse(await readFile(path.join(patches, 'manifest.json'), 'utf8')) as { findings: Record<string, { patch: string | null }> };
    const fixed = first.findings.filter((f) => f.fix?.status === 'fixed');
    expect(fixed.length).toBeGreaterThan(0);
    for (const f of fixed) expect(manifest.findings[f.id]?.patch).toMatch(/\.patch$/);

    expect(git(root, 'apply', path.join(patches, 'all.patch')).status).toBe(0);
    const second = await scan(root, path.join(out, '..', 'again'));
    // What was fixed is gone; what was left for triage is still there; nothing new appeared.
    const fixRules = new Set(first.rules.filter((r) => r.hasFix).map((r) => r.id));
    const leftBefore = first.findings.filter((f) => fixRules.has(f.ruleId) && f.fix?.status !== 'fixed').length;
    expect(second.findings.filter((f) => fixRules.has(f.ruleId))).toHaveLength(leftBefore);
    // A fix may also settle another rule's finding inside it (a ROUND_* constant inside a fixed divide()).
    expect(second.findings.length).toBeLessThanOrEqual(first.findings.length - fixed.length);
    // No rule finds more in any file than before (a fix never creates a new finding).
    const count = (r: RunReport) => {
      const c = new Map<string, number>();
      for (const f of r.findings) c.set(`${f.file} ${f.ruleId}`, (c.get(`${f.file} ${f.ruleId}`) ?? 0) + 1);
      return c;
    };
    const was = count(first);
    for (const [key, n] of count(second)) expect(n, key).toBeLessThanOrEqual(was.get(key) ?? 0);
    // The tree still parses as well as before.
    expect(second.stats.problems.length).toBe(first.stats.problems.length);
  });

  it('the TS fixture still type-checks after all.patch', async () => {
    const root = await pristineRepo('ts-paths');
    const tsc = (cwd: string) =>
      spawnSync(path.join(REPO, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json', '--typeRoots', path.join(REPO, 'node_modules/@types')], { cwd, encoding: 'utf8' });
    const before = tsc(root);
    const out = path.join(await tempDir(), 'reports');
    await scan(root, out);
    expect(git(root, 'apply', path.join(out, 'latest', 'patches', 'all.patch')).status).toBe(0);
    const after = tsc(root);
    expect(after.stdout).toBe(before.stdout);
    expect(after.status).toBe(before.status);
  });

  it('keeps CRLF, Latin-1 and a byte order mark byte for byte outside the edits', async () => {
    const root = path.join(await tempDir(), 'tree');
    await mkdir(root);
    const files: Record<string, Buffer> = {
      'Crlf.java': Buffer.from('class Crlf {\r\n  Integer a = new Integer(1);\r\n}\r\n'),
      'Latin.java': Buffer.from('/** Société générale */\nclass Latin {\n  Long l = new Long(2); // déjà\n}\n', 'latin1'),
      'Bom.java': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('class Bom { Short s = new Short((short) 3); }\n')]),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(root, name), bytes);
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'pristine');
    const out = path.join(root, '..', 'out');
    await scan(root, out);
    expect(git(root, 'apply', path.join(out, 'latest', 'patches', 'all.patch')).status).toBe(0);
    expect(await readFile(path.join(root, 'Crlf.java'))).toEqual(Buffer.from('class Crlf {\r\n  Integer a = Integer.valueOf(1);\r\n}\r\n'));
    expect(await readFile(path.join(root, 'Latin.java'))).toEqual(Buffer.from('/** Société générale */\nclass Latin {\n  Long l = Long.valueOf(2); // déjà\n}\n', 'latin1'));
    expect(await readFile(path.join(root, 'Bom.java'))).toEqual(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('class Bom { Short s = Short.valueOf((short) 3); }\n')]),
    );
  });

  it('counts lone CRs (classic Mac line endings) as line breaks, as javac does, and keeps them in fixes', async () => {
    const root = path.join(await tempDir(), 'tree');
    await mkdir(root);
    const lines = [
      'package com.acme;',
      '',
      'import java.math.BigDecimal;',
      '',
      'class Mac {',
      '  Integer a = new Integer(1);',
      '  BigDecimal half(BigDecimal x) {',
      '    return x.setScale(2, BigDecimal.ROUND_HALF_UP);',
      '  }',
      '}',
      '',
    ];
    await writeFile(path.join(root, 'Mac.java'), lines.join('\r'));
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'pristine');
    const out = path.join(root, '..', 'out');
    const report = await scan(root, out);

    expect(report.stats.lines).toBe(10);
    const where = report.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column}`).sort();
    expect(where).toEqual([
      'java-bigdecimal-int-rounding 8:14',
      'java-bigdecimal-round-constant 8:37',
      'java-boxed-constructor 6:15',
    ]);
    const boxed = report.findings.find((f) => f.ruleId === 'java-boxed-constructor');
    expect(boxed?.snippet).toBe('  Integer a = new Integer(1);');
    const sarif = JSON.parse(await readFile(path.join(out, 'latest', 'report.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }>;
    };
    const sarifLines = sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.region.startLine).sort();
    expect(sarifLines).toEqual([6, 8, 8]);

    // The fix adds an import: it goes on a line of its own, ended by a CR like every other line.
    expect(git(root, 'apply', path.join(out, 'latest', 'patches', 'all.patch')).status).toBe(0);
    const fixed = await readFile(path.join(root, 'Mac.java'), 'utf8');
    expect(fixed).not.toContain('\n');
    expect(fixed.split('\r').slice(0, 5)).toEqual(['package com.acme;', '', 'import java.math.BigDecimal;', 'import java.math.RoundingMode;', '']);
    expect(fixed).toContain('Integer a = Integer.valueOf(1);\r');
    expect(fixed).toContain('return x.setScale(2, RoundingMode.HALF_UP);\r');
  });

  it('moves a change that fails the recipe verify command to rejected/, with the reason', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'tree');
    await mkdir(path.join(root, 'src'), { recursive: true });
    await writeFile(path.join(root, 'src/A.java'), 'class A { Integer i = new Integer(1); }\n');
    await writeFile(path.join(root, 'src/B.java'), 'class B { boolean s(char c) { return Character.isSpace(c); } }\n');
    const recipe = path.join(dir, 'strict.yaml');
    // The "build" refuses valueOf anywhere: the boxed-constructor fix must be rejected, the other accepted.
    const source = await readFile(path.join(REPO, 'recipes/deprecated-api.yaml'), 'utf8');
    await writeFile(recipe, `${source.replace('rules:', 'verify: { command: "! grep -rq valueOf src", timeout: 30 }\nrules:')}`);
    const out = path.join(dir, 'out');
    const result = await runCli(['run', recipe, '--root', root, '--out', out]);
    expect(result.code).toBe(0);
    const report = await readLatestReport(out);
    const byRule = Object.fromEntries(report.findings.map((f) => [f.ruleId, f.fix]));
    expect(byRule['java-boxed-constructor']).toMatchObject({ status: 'rejected', reason: expect.stringContaining('verify command') });
    expect(byRule['java-character-deprecated']).toMatchObject({ status: 'fixed' });
    const patches = await readdir(path.join(out, 'latest', 'patches'));
    expect(patches).toContain('rejected');
    expect(await readdir(path.join(out, 'latest', 'patches', 'rejected'))).toEqual(['java-boxed-constructor.patch']);
    const all = await readFile(path.join(out, 'latest', 'patches', 'all.patch'), 'utf8');
    expect(all).toContain('isWhitespace');
    expect(all).not.toContain('valueOf');
  });

  it('--apply writes fixes in place, refusing a dirty git tree unless --force', async () => {
    const root = await pristineRepo('legacy-node');
    const out = path.join(await tempDir(), 'reports');
    const planned = await scan(root, out);
    const file = planned.findings.find((f) => f.fix?.status === 'fixed')?.file ?? '';
    expect(file).not.toBe('');
    const target = path.join(root, file);
    const original = await readFile(target, 'utf8');
    await writeFile(target, `${original}// local edit\n`);

    const refused = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', out, '--apply']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(file);
    expect(git(root, 'status', '--porcelain').stdout.trim()).toBe(`M ${file}`);
    expect(await readFile(target, 'utf8')).toBe(`${original}// local edit\n`);

    const forced = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', out, '--apply', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/applied: \d+ file\(s\) written/);
    const after = await readFile(target, 'utf8');
    expect(after).not.toBe(`${original}// local edit\n`);
    expect(after.endsWith('// local edit\n')).toBe(true);
    const rescan = await scan(root, path.join(out, '..', 'rescan'));
    expect(rescan.findings.filter((f) => f.fix?.status === 'fixed')).toEqual([]);
  });
});
