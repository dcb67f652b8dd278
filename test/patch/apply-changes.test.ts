import { chmod, mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { encodeSource } from '../../src/index/encode-source.js';
import { applyChanges } from '../../src/patch/index.js';
import { gitSandbox, readBytes, tempDir } from './git-sandbox.js';
import { makeChange } from './make-change.js';

const RULE = 'java-boxed-constructor';
const JAVA = 'class A {\n  Integer a = new Integer(1);\n}\n';
const boxed = (file: string, before = JAVA, options = {}) =>
  makeChange(file, before, [{ find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [RULE], findings: ['f1'] }], options);

describe('applyChanges', () => {
  it('refuses a file with uncommitted changes in git, and writes it with force', async () => {
    const change = boxed('src/A.java');
    const root = await gitSandbox({ 'src/A.java': JAVA, 'src/Other.java': 'class Other {}\n' }, { commit: true });
    await writeFile(path.join(root, 'src/Other.java'), 'class Other { int dirty; }\n');
    // A dirty file we do not touch is not our business.
    expect(await applyChanges(root, [change], { force: false })).toEqual({ written: ['src/A.java'], skipped: [] });
    // Now src/A.java itself is dirty (our own write, not yet committed).

    const again = makeChange('src/A.java', change.after, [{ find: 'Integer a', text: 'Integer b', rules: ['rename'], findings: ['f2'] }]);
    const refused = applyChanges(root, [again], { force: false });
    await expect(refused).rejects.toThrow(UsageError);
    await expect(refused).rejects.toThrow(/uncommitted changes in git:\n {2}src\/A\.java\n.*--force/s);
    expect((await readBytes(root, 'src/A.java')).toString('utf8')).toBe(change.after);

    expect(await applyChanges(root, [again], { force: true })).toEqual({ written: ['src/A.java'], skipped: [] });
    expect((await readBytes(root, 'src/A.java')).toString('utf8')).toBe(again.after);
  });

  it('treats untracked files in a work tree as uncommitted, and names paths relative to a sub-folder root', async () => {
    const repo = await gitSandbox({ 'README.md': 'hi\n' }, { commit: true });
    const root = path.join(repo, 'module');
    await mkdir(path.join(root, 'src'), { recursive: true });
    await writeFile(path.join(root, 'src/A.java'), JAVA);
    await expect(applyChanges(root, [boxed('src/A.java')], { force: false })).rejects.toThrow(/\n {2}src\/A\.java\n/);
  });

  it('writes outside git without asking', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'A.java'), JAVA);
    expect(await applyChanges(root, [boxed('A.java')], { force: false })).toEqual({ written: ['A.java'], skipped: [] });
  });

  it('refuses paths outside the root, through symlinked directories, and symlinked files', async () => {
    const outside = await tempDir('refactor-outside-');
    await writeFile(path.join(outside, 'A.java'), JAVA);
    const root = await tempDir();
    await symlink(outside, path.join(root, 'linked-dir'));
    await symlink(path.join(outside, 'A.java'), path.join(root, 'Linked.java'));
    const changes = [
      boxed('../' + path.basename(outside) + '/A.java'),
      boxed(path.join(outside, 'A.java')),
      boxed('linked-dir/A.java'),
      boxed('Linked.java'),
    ];
    const result = await applyChanges(root, changes, { force: false });
    expect(result.written).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/"\.\." segment/),
      expect.stringMatching(/absolute/),
      expect.stringMatching(/symbolic link/),
      expect.stringMatching(/outside the root through a symbolic link/),
    ]);
    expect(new Set(result.skipped.map((s) => s.path))).toEqual(new Set(changes.map((c) => c.path)));
    expect((await readBytes(outside, 'A.java')).toString('utf8')).toBe(JAVA);
  });

  it('skips a file that changed since the scan, and changes that failed verification', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'A.java'), JAVA.replace('class A', 'class A2'));
    await writeFile(path.join(root, 'B.java'), JAVA);
    const failed = boxed('B.java', JAVA, { verification: { ok: false, checks: ['reparse'], reason: 'syntax error' } });
    const result = await applyChanges(root, [boxed('A.java'), failed], { force: false });
    expect(result).toEqual({
      written: [],
      skipped: [
        { path: 'A.java', reason: 'the file changed on disk since the scan; scan again' },
        { path: 'B.java', reason: 'verification failed: syntax error' },
      ],
    });
    expect((await readBytes(root, 'B.java')).toString('utf8')).toBe(JAVA);
  });

  it('preserves every byte outside the edits of a Latin-1 CRLF file, and its mode', async () => {
    const before = '// Café crème\r\nclass Élan {\r\n  Integer a = new Integer(1); // déjà vu\r\n}\r\n';
    const original = encodeSource(before, 'iso-8859-1', false);
    const root = await tempDir();
    await writeFile(path.join(root, 'Latin.java'), original);
    await chmod(path.join(root, 'Latin.java'), 0o750);
    const result = await applyChanges(root, [boxed('Latin.java', before, { encoding: 'iso-8859-1' })], { force: false });
    expect(result.written).toEqual(['Latin.java']);
    const start = original.indexOf(Buffer.from('new Integer(1)'));
    const expected = Buffer.concat([original.subarray(0, start), Buffer.from('Integer.valueOf(1)'), original.subarray(start + 'new Integer(1)'.length)]);
    expect(await readBytes(root, 'Latin.java')).toEqual(expected);
    expect((await stat(path.join(root, 'Latin.java'))).mode & 0o777).toBe(0o750);
  });

  it('writes UTF-16 files, which patches cannot carry, with their byte order mark', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'Wide.java'), encodeSource(JAVA, 'utf-16le', true));
    const change = boxed('Wide.java', JAVA, { encoding: 'utf-16le', bom: true });
    expect((await applyChanges(root, [change], { force: false })).written).toEqual(['Wide.java']);
    expect(await readBytes(root, 'Wide.java')).toEqual(encodeSource(change.after, 'utf-16le', true));
  });

  it('skips a change its encoding cannot hold instead of writing a "?"', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'A.java'), JAVA);
    const change = makeChange('A.java', JAVA, [{ find: 'new Integer(1)', text: '"€"', rules: [RULE], findings: ['f'] }], { encoding: 'iso-8859-1' });
    const result = await applyChanges(root, [change], { force: false });
    expect(result.skipped).toEqual([{ path: 'A.java', reason: expect.stringMatching(/U\+20AC/) }]);
  });
});
