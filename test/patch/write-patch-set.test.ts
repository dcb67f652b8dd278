import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/core/errors.js';
import { buildPatchSet, writePatchSet } from '../../src/patch/index.js';
import { git, gitSandbox, readBytes, tempDir } from './git-sandbox.js';
import { makeChange } from './make-change.js';

const JAVA = 'class A {\n  Integer a = new Integer(1);\n  Long b = new Long(2L);\n}\n';

describe('writePatchSet', () => {
  it('writes the patches, rejected/ and manifest.json, which git apply reads from disk', async () => {
    const good = makeChange('src/A.java', JAVA, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: ['boxed-integer'], findings: ['i'] },
      { find: 'new Long(2L)', text: 'Long.valueOf(2L)', rules: ['boxed-long'], findings: ['l'] },
    ]);
    const bad = makeChange('src/B.java', JAVA, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(', rules: ['boxed-integer'], findings: ['b'] },
    ], { verification: { ok: false, checks: ['reparse'], reason: 'does not parse' } });
    const set = buildPatchSet([good, bad], { groupBy: 'rule' });
    const out = path.join(await tempDir(), 'reports', 'run-1', 'patches');
    await writePatchSet(out, set);

    expect((await readdir(out)).sort()).toEqual(['all.patch', 'boxed-integer.patch', 'boxed-long.patch', 'manifest.json', 'rejected']);
    expect(await readdir(path.join(out, 'rejected'))).toEqual(['boxed-integer.patch']);
    expect(JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'))).toEqual(set.manifest);

    for (const name of ['all.patch', 'boxed-integer.patch', 'boxed-long.patch']) {
      const root = await gitSandbox({ 'src/A.java': JAVA, 'src/B.java': JAVA });
      const check = git(root, ['apply', '--check', path.join(out, name)]);
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
      expect(git(root, ['apply', path.join(out, name)]).status).toBe(0);
      const expected = name === 'all.patch' ? good.after : name === 'boxed-long.patch' ? JAVA.replace('new Long(2L)', 'Long.valueOf(2L)') : JAVA.replace('new Integer(1)', 'Integer.valueOf(1)');
      expect((await readBytes(root, 'src/A.java')).toString('utf8')).toBe(expected);
      expect((await readBytes(root, 'src/B.java')).toString('utf8')).toBe(JAVA);
    }
  });

  it('refuses a patch name that could leave the folder', async () => {
    const out = await tempDir();
    const set = buildPatchSet([], { groupBy: 'rule' });
    const evil = { ...set, files: [{ name: '../evil.patch', bytes: Buffer.from('') }] };
    await expect(writePatchSet(out, evil)).rejects.toThrow(InternalError);
    expect(await readdir(out)).toEqual([]);
  });
});
