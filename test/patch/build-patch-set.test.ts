import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/core/errors.js';
import type { FileChange } from '../../src/core/types.js';
import { encodeSource } from '../../src/index/encode-source.js';
import { buildPatchSet } from '../../src/patch/index.js';
import type { PatchSet } from '../../src/patch/index.js';
import { gitApply, gitSandbox, readBytes } from './git-sandbox.js';
import { makeChange } from './make-change.js';

const BOXED = 'java-boxed-constructor';
const DATE = 'java-date-getyear';

const JAVA = [
  'package com.acme;',
  '',
  'public class Foo {',
  '  Integer a = new Integer(1);',
  '  int year() {',
  '    return new java.util.Date().getYear();',
  '  }',
  '}',
  '',
].join('\n');

function patchBytes(set: PatchSet, name: string): Buffer {
  const file = set.files.find((candidate) => candidate.name === name);
  if (file === undefined) throw new Error(`no ${name} in ${set.files.map((f) => f.name).join(', ')}`);
  return file.bytes;
}

/** Applies a patch to a fresh sandbox holding the changes' `before` bytes; returns each file's bytes after. */
async function applyToPristine(changes: FileChange[], patch: Buffer): Promise<Record<string, Buffer>> {
  const dir = await gitSandbox(Object.fromEntries(changes.map((c) => [c.path, encodeSource(c.before, c.encoding, c.bom)])));
  gitApply(dir, patch);
  return Object.fromEntries(await Promise.all(changes.map(async (c) => [c.path, await readBytes(dir, c.path)] as const)));
}

describe('buildPatchSet', () => {
  it('turns a plain change into a group patch and all.patch that git apply accepts', async () => {
    const change = makeChange('src/main/java/com/acme/Foo.java', JAVA, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['f1'] },
    ]);
    const set = buildPatchSet([change], { groupBy: 'rule' });

    expect(set.files.map((f) => f.name)).toEqual(['all.patch', `${BOXED}.patch`]);
    const text = patchBytes(set, `${BOXED}.patch`).toString('utf8');
    expect(text).toMatch(/^diff --git a\/src\/main\/java\/com\/acme\/Foo\.java b\/src\/main\/java\/com\/acme\/Foo\.java\n--- a\/src\/main\/java\/com\/acme\/Foo\.java\n\+\+\+ b\/src\/main\/java\/com\/acme\/Foo\.java\n@@ -1,7 \+1,7 @@\n/);
    for (const name of ['all.patch', `${BOXED}.patch`]) {
      const after = await applyToPristine([change], patchBytes(set, name));
      expect(after[change.path]?.toString('utf8')).toBe(change.after);
    }
    expect(set.manifest).toEqual({
      schemaVersion: 1,
      groupBy: 'rule',
      all: { file: 'all.patch', group: '*', files: [change.path], findings: ['f1'] },
      patches: [{ file: `${BOXED}.patch`, group: BOXED, files: [change.path], findings: ['f1'] }],
      findings: {
        f1: { patch: `${BOXED}.patch`, file: change.path, ruleIds: [BOXED], origin: 'deterministic', verification: { ok: true, checks: ['reparse'] } },
      },
      rejected: [],
    });
  });

  it('gives each rule its own patch that applies alone to a pristine tree, and all.patch applies too', async () => {
    const foo = makeChange('src/Foo.java', JAVA, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['box-1'] },
      { find: 'new java.util.Date().getYear()', text: 'java.time.Year.now().getValue() - 1900', rules: [DATE], findings: ['date-1'] },
    ]);
    const bar = makeChange('src/Bar.java', 'class Bar {\n  Long l = new Long(2L);\n}\n', [
      { find: 'new Long(2L)', text: 'Long.valueOf(2L)', rules: [BOXED], findings: ['box-2'] },
    ]);
    const changes = [foo, bar];
    const set = buildPatchSet(changes, { groupBy: 'rule' });

    expect(set.files.map((f) => f.name)).toEqual(['all.patch', `${BOXED}.patch`, `${DATE}.patch`]);
    const boxed = await applyToPristine(changes, patchBytes(set, `${BOXED}.patch`));
    expect(boxed[foo.path]?.toString('utf8')).toBe(JAVA.replace('new Integer(1)', 'Integer.valueOf(1)'));
    expect(boxed[bar.path]?.toString('utf8')).toBe(bar.after);
    const date = await applyToPristine(changes, patchBytes(set, `${DATE}.patch`));
    expect(date[foo.path]?.toString('utf8')).toBe(JAVA.replace('new java.util.Date().getYear()', 'java.time.Year.now().getValue() - 1900'));
    expect(date[bar.path]?.toString('utf8')).toBe(bar.before);
    const all = await applyToPristine(changes, patchBytes(set, 'all.patch'));
    expect(all[foo.path]?.toString('utf8')).toBe(foo.after);
    expect(all[bar.path]?.toString('utf8')).toBe(bar.after);

    expect(set.manifest.patches).toEqual([
      { file: `${BOXED}.patch`, group: BOXED, files: [bar.path, foo.path], findings: ['box-1', 'box-2'] },
      { file: `${DATE}.patch`, group: DATE, files: [foo.path], findings: ['date-1'] },
    ]);
    expect(set.manifest.findings['date-1']?.patch).toBe(`${DATE}.patch`);
    expect(set.manifest.findings['box-2']?.patch).toBe(`${BOXED}.patch`);
  });

  it('puts an edit with several rules in its first rule’s group', () => {
    const change = makeChange('A.java', JAVA, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED, DATE], findings: ['outer', 'inner'] },
    ]);
    const set = buildPatchSet([change], { groupBy: 'rule' });
    expect(set.manifest.patches.map((p) => p.group)).toEqual([BOXED]);
    expect(set.manifest.findings.inner).toMatchObject({ patch: `${BOXED}.patch`, ruleIds: [BOXED, DATE] });
  });

  it('keeps a CRLF file CRLF through git apply', async () => {
    const before = JAVA.replaceAll('\n', '\r\n');
    const change = makeChange('Crlf.java', before, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['f1'] },
    ]);
    const set = buildPatchSet([change], { groupBy: 'rule' });
    const after = await applyToPristine([change], patchBytes(set, `${BOXED}.patch`));
    expect(after[change.path]).toEqual(Buffer.from(change.after, 'utf8'));
    expect(after[change.path]?.toString('utf8')).toContain('Integer.valueOf(1);\r\n');
  });

  it('encodes a Latin-1 file’s hunk in Latin-1, so it applies and stays Latin-1', async () => {
    const before = '// Café crème\nclass Élan {\n  Integer a = new Integer(1); // déjà\n}\n';
    const change = makeChange('Latin.java', before, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['f1'] },
    ], { encoding: 'iso-8859-1' });
    const set = buildPatchSet([change], { groupBy: 'rule' });
    const patch = patchBytes(set, `${BOXED}.patch`);
    expect(patch.includes(Buffer.from('déjà', 'latin1'))).toBe(true);
    expect(patch.includes(Buffer.from('déjà', 'utf8'))).toBe(false);
    const after = await applyToPristine([change], patch);
    expect(after[change.path]).toEqual(encodeSource(change.after, 'iso-8859-1', false));
  });

  it('keeps a UTF-8 byte order mark when line 1 is edited', async () => {
    const before = 'import java.util.Date; class A { Integer a = new Integer(1); }\nclass B {}\n';
    const change = makeChange('Bom.java', before, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['f1'] },
    ], { bom: true });
    const set = buildPatchSet([change], { groupBy: 'rule' });
    const after = await applyToPristine([change], patchBytes(set, 'all.patch'));
    expect(after[change.path]).toEqual(encodeSource(change.after, 'utf-8', true));
    expect(after[change.path]?.subarray(0, 4)).toEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x69]));
  });

  it('marks a file without a final newline, whether its last line changes or not', async () => {
    const last = makeChange('Last.java', 'class A {\n  Integer a = new Integer(1); }', [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['f1'] },
    ]);
    const near = makeChange('Near.java', 'class A {\n  Integer a = new Integer(1);\n}', [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['f2'] },
    ]);
    const set = buildPatchSet([last, near], { groupBy: 'rule' });
    const patch = patchBytes(set, `${BOXED}.patch`);
    expect(patch.toString('utf8')).toContain('\\ No newline at end of file\n');
    const after = await applyToPristine([last, near], patch);
    expect(after[last.path]?.toString('utf8')).toBe(last.after);
    expect(after[near.path]?.toString('utf8')).toBe(near.after);
  });

  it('quotes unusual paths as git does, so they still apply', async () => {
    const changes = ['src/My Files/A.java', 'src/café/B.java', 'src/"q"/C.java'].map((path, index) =>
      makeChange(path, JAVA, [{ find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: [`f${index}`] }]),
    );
    const set = buildPatchSet(changes, { groupBy: 'rule' });
    const patch = patchBytes(set, 'all.patch');
    expect(patch.toString('utf8')).toContain('diff --git "a/src/caf\\303\\251/B.java" "b/src/caf\\303\\251/B.java"');
    const after = await applyToPristine(changes, patch);
    for (const change of changes) expect(after[change.path]?.toString('utf8')).toBe(change.after);
  });

  it.each([
    ['../outside/A.java', /"\.\." segment/],
    ['src/../../A.java', /"\.\." segment/],
    ['/etc/passwd', /absolute/],
    ['C:/x/A.java', /absolute/],
    ['src\\A.java', /backslash/],
    ['src//A.java', /not normalised/],
    ['', /empty/],
  ])('refuses the path %j with an InternalError', (path, message) => {
    const change = { ...makeChange('A.java', JAVA, []), path };
    expect(() => buildPatchSet([change], { groupBy: 'file' })).toThrow(InternalError);
    expect(() => buildPatchSet([change], { groupBy: 'file' })).toThrow(message);
  });

  it('puts a change that failed verification in rejected/, with its reason in the manifest', async () => {
    const good = makeChange('src/Good.java', JAVA, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['good'] },
    ]);
    const bad = makeChange('src/Bad.java', JAVA, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1', rules: [BOXED], findings: ['bad'] },
    ], { verification: { ok: false, checks: ['reparse'], reason: 'syntax error at 4:33 after the edit' } });
    const set = buildPatchSet([good, bad], { groupBy: 'rule' });

    expect(set.files.map((f) => f.name)).toEqual(['all.patch', `${BOXED}.patch`, `rejected/${BOXED}.patch`]);
    expect(set.manifest.rejected).toEqual([
      { file: `rejected/${BOXED}.patch`, path: bad.path, reason: 'syntax error at 4:33 after the edit', findings: ['bad'] },
    ]);
    expect(set.manifest.findings.bad).toMatchObject({ patch: `rejected/${BOXED}.patch`, verification: { ok: false } });
    expect(patchBytes(set, 'all.patch').toString('utf8')).not.toContain('Bad.java');
    expect(patchBytes(set, `${BOXED}.patch`).toString('utf8')).not.toContain('Bad.java');
    // A reviewer who overrules the check can still apply it.
    const after = await applyToPristine([bad], patchBytes(set, `rejected/${BOXED}.patch`));
    expect(after[bad.path]?.toString('utf8')).toBe(bad.after);
  });

  it('rejects UTF-16 files, which git cannot patch as text', () => {
    const change = makeChange('Wide.java', JAVA, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['f1'] },
    ], { encoding: 'utf-16le', bom: true });
    const set = buildPatchSet([change], { groupBy: 'file' });
    expect(set.manifest.all).toBeNull();
    expect(set.manifest.patches).toEqual([]);
    expect(set.manifest.rejected).toEqual([
      { file: 'rejected/Wide.java.patch', path: 'Wide.java', reason: 'UTF-16 files cannot be patched as text; apply with --apply instead', findings: ['f1'] },
    ]);
    expect(patchBytes(set, 'rejected/Wide.java.patch').toString('utf8')).toContain('+  Integer a = Integer.valueOf(1);');
  });

  it('rejects a change whose new text the file’s encoding cannot hold', () => {
    const change = makeChange('Euro.java', JAVA, [
      { find: 'new Integer(1)', text: 'Integer.valueOf(1) /* € */', rules: [BOXED], findings: ['f1'] },
    ], { encoding: 'iso-8859-1' });
    const set = buildPatchSet([change], { groupBy: 'rule' });
    expect(set.manifest.rejected[0]?.reason).toMatch(/U\+20AC .* not representable in iso-8859-1/);
  });

  it('groups by directory or file with safe, sorted, deterministic names', () => {
    const changes = [
      makeChange('src/main/java/com/acme/B.java', JAVA, [{ find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['b'] }]),
      makeChange('src/main/java/com/acme/A.java', JAVA, [{ find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['a'] }]),
      makeChange('Root.java', JAVA, [{ find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['r'] }]),
      makeChange('all/All.java', JAVA, [{ find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['x'] }]),
    ];
    const byDirectory = buildPatchSet(changes, { groupBy: 'directory' });
    expect(byDirectory.manifest.patches.map((p) => [p.file, p.group, p.files])).toEqual([
      [expect.stringMatching(/^all-[0-9a-f]{16}\.patch$/), 'all', ['all/All.java']],
      ['root.patch', '.', ['Root.java']],
      ['src__main__java__com__acme.patch', 'src/main/java/com/acme', ['src/main/java/com/acme/A.java', 'src/main/java/com/acme/B.java']],
    ]);
    const byFile = buildPatchSet(changes, { groupBy: 'file' });
    expect(byFile.files.map((f) => f.name)).toEqual([
      'Root.java.patch',
      'all.patch',
      'all__All.java.patch',
      'src__main__java__com__acme__A.java.patch',
      'src__main__java__com__acme__B.java.patch',
    ]);
    const again = buildPatchSet([...changes].reverse(), { groupBy: 'directory' });
    expect(again).toEqual(byDirectory);
  });

  it('rule ids that fold to the same name, or differ only by case, get distinct files', () => {
    const changes = [
      makeChange('A.java', JAVA, [{ find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: ['acme/boxed'], findings: ['a'] }]),
      makeChange('B.java', JAVA, [{ find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: ['acme__boxed'], findings: ['b'] }]),
      makeChange('C.java', JAVA, [{ find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: ['Acme__Boxed'], findings: ['c'] }]),
    ];
    const names = buildPatchSet(changes, { groupBy: 'rule' }).files.map((f) => f.name.toLowerCase());
    expect(new Set(names).size).toBe(4);
  });

  it('refuses edits that do not produce the change’s text after, when splitting by rule', () => {
    const change = { ...makeChange('A.java', JAVA, [{ find: 'new Integer(1)', text: 'Integer.valueOf(1)', rules: [BOXED], findings: ['a'] }]), after: 'something else' };
    expect(() => buildPatchSet([change], { groupBy: 'rule' })).toThrow(InternalError);
    expect(buildPatchSet([change], { groupBy: 'file' }).manifest.patches).toHaveLength(1);
  });
});
