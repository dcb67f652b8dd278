import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLatestReport } from '../helpers/read-report.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const GOOD = 'package p;\npublic class Good {\n  Integer i = new Integer(1);\n}\n';

/** Builds a tree with one odd file of every kind legacy repos have, plus a normal one. */
async function oddTree(root: string): Promise<void> {
  const src = path.join(root, 'src/p');
  await mkdir(src, { recursive: true });
  await writeFile(path.join(src, 'Good.java'), GOOD);
  await writeFile(path.join(src, 'Binary.java'), Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 0x34, 0, 1, 2]));
  const big = `package p;\nclass Huge {\n${'  int x = 1; // padding padding padding padding padding padding\n'.repeat(80_000)}}\n`;
  await writeFile(path.join(src, 'Huge.java'), big);
  // ISO-8859-1: "é" is the single byte 0xE9; a UTF-8 reader would mangle it and shift columns.
  await writeFile(
    path.join(src, 'Adresse.java'),
    Buffer.from('package p;\n/** Adresse postale (rue, numéro) */\nclass Adresse {\n  String s = "é"; Long l = new Long(2);\n}\n', 'latin1'),
  );
  // A syntax error, in a file with classic Mac line endings (lone CRs), which count as line breaks.
  await writeFile(path.join(src, 'Broken.java'), 'package p;\rclass Broken {\r  void f() { int x = ; }\r  Short s = new Short((short) 1);\r}\r');
  await writeFile(path.join(src, 'Secret.java'), GOOD.replace('Good', 'Secret'));
  await chmod(path.join(src, 'Secret.java'), 0o000);
  await mkdir(path.join(root, 'loop'));
  await symlink('..', path.join(root, 'loop', 'again'));
  await symlink('Good.java', path.join(src, 'Alias.java'));
}

describe('odd source files never abort a run', () => {
  it('reports each odd file with its fate and still finds what the others contain', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'tree');
    const out = path.join(dir, 'out');
    await mkdir(root);
    await mkdir(out);
    await oddTree(root);
    // As root, permissions do not stop reads: run as `nobody` so that the unreadable file is unreadable.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      await chmod(dir, 0o755);
      await chmod(out, 0o777);
    }
    const recipe = path.resolve('recipes/deprecated-api.yaml');
    const result = await runCli(['run', recipe, '--root', root, '--out', out], asRoot ? { uid: 65534, gid: 65534, cwd: dir } : { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const report = await readLatestReport(out);
    const fate = Object.fromEntries(report.stats.skipped.map((s) => [s.path, s.reason]));
    expect(fate).toMatchObject({
      'src/p/Binary.java': 'binary',
      'src/p/Huge.java': 'too-large',
      'src/p/Secret.java': 'unreadable',
      'src/p/Alias.java': 'symlink',
      'loop/again': 'symlink',
    });
    expect(report.stats.skipped.find((s) => s.path === 'loop/again')?.detail).toMatch(/directory not followed|link loop/);
    expect(report.stats.problems).toEqual([expect.objectContaining({ path: 'src/p/Broken.java', kind: 'syntax-error', line: 3 })]);
    expect(report.stats.legacyEncodings['src/p/Adresse.java']).toMatch(/8859-1|1252/);

    const found = report.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
    expect(found).toEqual([
      'src/p/Adresse.java:4:28 java-boxed-constructor',
      'src/p/Broken.java:4:13 java-boxed-constructor',
      'src/p/Good.java:3:15 java-boxed-constructor',
    ]);
    expect(report.findings[0]?.snippet).toBe('  String s = "é"; Long l = new Long(2);');
    expect(result.stdout).toContain('skipped');
    expect(result.stdout).toContain('with syntax errors');
  });
});
