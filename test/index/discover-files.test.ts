import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { discoverFiles } from '../../src/index/discover-files.js';
import type { DiscoverOptions } from '../../src/index/discover-files.js';

const ALL_SOURCES = ['**/*.java', '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'];

/** A temp tree from `relative path → content`; a path ending in `/` is an empty directory. Removed after the test. */
function makeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'refactor-discover-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const [relPath, content] of Object.entries(files)) {
    const absPath = path.join(root, relPath);
    if (relPath.endsWith('/')) {
      mkdirSync(absPath, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(absPath), { recursive: true });
    writeFileSync(absPath, content);
  }
  return root;
}

function discover(root: string, options: Partial<DiscoverOptions> = {}) {
  return discoverFiles({ root, files: ALL_SOURCES, ignores: [], maxFileSize: 1_000_000, ...options });
}

describe('discoverFiles', () => {
  it('finds Java and TS/JS sources by extension, and nothing else', async () => {
    const root = makeTree({
      'src/main/java/com/acme/Foo.java': 'class Foo {}\n',
      'web/app.ts': 'export {};\n',
      'web/view.tsx': 'export {};\n',
      'web/legacy.js': 'var x;\n',
      'web/esm.mjs': '',
      'web/types.d.ts': 'declare const x: number;\n',
      'web/module.d.mts': 'export {};\n',
      'README.md': '# hi\n',
      'Weird.java/': '',
      '.hidden/Secret.java': 'class Secret {}\n',
    });
    const discovery = await discover(root, { files: ['**/*'] });
    expect(discovery.files).toEqual([
      { path: '.hidden/Secret.java', language: 'java', size: 16 },
      { path: 'src/main/java/com/acme/Foo.java', language: 'java', size: 13 },
      { path: 'web/app.ts', language: 'typescript', size: 11 },
      { path: 'web/esm.mjs', language: 'typescript', size: 0 },
      { path: 'web/legacy.js', language: 'typescript', size: 7 },
      { path: 'web/view.tsx', language: 'typescript', size: 11 },
    ]);
    expect(discovery.skipped).toEqual([]);
    expect(discovery.gitignored).toBe(0);
  });

  it('matches globs case-sensitively', async () => {
    const root = makeTree({ 'src/A.java': '', 'src/B.JAVA': '', 'Src/C.java': '' });
    const discovery = await discover(root, { files: ['src/**/*.java'] });
    expect(discovery.files.map((f) => f.path)).toEqual(['src/A.java']);
  });

  it('leaves out dependencies, VCS data, build output and the ignores globs', async () => {
    const root = makeTree({
      'src/Keep.java': '',
      'node_modules/lib/index.js': '',
      'web/node_modules/lib/index.js': '',
      '.git/hooks/pre-commit.js': '',
      '.refactor/cache/x.ts': '',
      'target/generated-sources/Gen.java': '',
      'module/build/Out.java': '',
      'web/dist/bundle.js': '',
      'out/Main.java': '',
      'src/generated/Proto.java': '',
      'src/legacy/Old.java': '',
      'src/main/java/com/acme/build/BuildInfo.java': '',
    });
    const discovery = await discover(root, { ignores: ['**/generated/**', 'src/legacy/*.java'] });
    // A Java package named `build` inside a source tree is source, not build output.
    expect(discovery.files.map((f) => f.path)).toEqual(['src/Keep.java', 'src/main/java/com/acme/build/BuildInfo.java']);
    expect(discovery.skipped).toEqual([]);
  });

  it('honours root and nested .gitignore files, each relative to its own directory, and counts what they exclude', async () => {
    const root = makeTree({
      '.gitignore': 'gen/\n*.generated.java\n',
      'gen/Gen.java': '',
      'src/Foo.generated.java': '',
      'src/Foo.java': '',
      'web/.gitignore': '*.js\n!keep.js\n/local.ts\n',
      'web/drop.js': '',
      'web/keep.js': '',
      'web/local.ts': '',
      'web/sub/local.ts': '',
      'web/sub/drop.js': '',
      'other/drop.js': '',
      // git cannot re-include a file inside an excluded directory.
      'gen/.gitignore': '!Keep.java\n',
      'gen/Keep.java': '',
    });
    const discovery = await discover(root);
    expect(discovery.files.map((f) => f.path)).toEqual([
      'other/drop.js',
      'src/Foo.java',
      'web/keep.js',
      'web/sub/local.ts',
    ]);
    expect(discovery.gitignored).toBe(6);
    expect(discovery.skipped).toEqual([]);
  });

  it('skips files over the size limit, saying how large they are', async () => {
    const root = makeTree({ 'Small.java': 'x'.repeat(100), 'Big.java': 'x'.repeat(101) });
    const discovery = await discover(root, { maxFileSize: 100 });
    expect(discovery.files.map((f) => f.path)).toEqual(['Small.java']);
    expect(discovery.skipped).toEqual([
      { path: 'Big.java', reason: 'too-large', detail: '101 bytes, over the limit of 100 bytes' },
    ]);
  });

  it('reports a symlink to a file as skipped, with its target, and does not scan it', async () => {
    const root = makeTree({ 'src/Real.java': 'class Real {}\n' });
    symlinkSync('Real.java', path.join(root, 'src/Link.java'));
    symlinkSync('/etc/hostname', path.join(root, 'src/Outside.java'));
    symlinkSync('Missing.java', path.join(root, 'src/Broken.java'));
    const discovery = await discover(root);
    expect(discovery.files.map((f) => f.path)).toEqual(['src/Real.java']);
    expect(discovery.skipped).toEqual([
      { path: 'src/Broken.java', reason: 'symlink', detail: 'link to Missing.java' },
      { path: 'src/Link.java', reason: 'symlink', detail: 'link to Real.java' },
      { path: 'src/Outside.java', reason: 'symlink', detail: 'link to /etc/hostname' },
    ]);
  });

  it('does not follow a symlink loop, finishes quickly and reports the links it did not follow', async () => {
    const root = makeTree({ 'a/A.java': '', 'a/b/B.java': '' });
    symlinkSync('..', path.join(root, 'a/b/loop'));
    symlinkSync('self', path.join(root, 'a/self'));
    symlinkSync('a', path.join(root, 'alias'));
    const started = Date.now();
    const discovery = await discover(root);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(discovery.files.map((f) => f.path)).toEqual(['a/A.java', 'a/b/B.java']);
    expect(discovery.skipped).toEqual([
      { path: 'a/b/loop', reason: 'symlink', detail: 'directory not followed, link to ..' },
      { path: 'a/self', reason: 'symlink', detail: 'link loop, link to self' },
      { path: 'alias', reason: 'symlink', detail: 'directory not followed, link to a' },
    ]);
  });

  it('does not report directory links that the ignores or .gitignore exclude', async () => {
    const root = makeTree({ '.gitignore': 'vendor\n', 'src/A.java': '', 'real/': '' });
    symlinkSync('../real', path.join(root, 'src/node_modules'));
    symlinkSync('real', path.join(root, 'vendor'));
    const discovery = await discover(root);
    expect(discovery.skipped).toEqual([]);
  });

  it('gives the same sorted order however the tree was created', async () => {
    const names = ['b/Z.java', 'a/B.java', 'B.java', 'a.java', 'a/a.java', 'A/x.ts', '_/y.ts', 'é/e.java', 'Z.java'];
    const forward = makeTree(Object.fromEntries(names.map((name) => [name, ''])));
    const backward = makeTree(Object.fromEntries([...names].reverse().map((name) => [name, ''])));
    const first = await discover(forward);
    const second = await discover(backward);
    const paths = first.files.map((f) => f.path);
    expect(paths).toEqual(['A/x.ts', 'B.java', 'Z.java', '_/y.ts', 'a.java', 'a/B.java', 'a/a.java', 'b/Z.java', 'é/e.java']);
    expect(second.files.map((f) => f.path)).toEqual(paths);
  });

  it('refuses a root that is not a directory', async () => {
    const root = makeTree({ 'file.txt': '' });
    await expect(discover(path.join(root, 'missing'))).rejects.toThrow(UsageError);
    await expect(discover(path.join(root, 'file.txt'))).rejects.toThrow(/not a directory/);
  });

  // root reads through chmod 000, so this can only be seen as another user (CI runs as root).
  it.skipIf(process.getuid?.() === 0)('reports a directory it cannot list, and goes on', async () => {
    const root = makeTree({ 'open/A.java': '', 'locked/B.java': '' });
    const locked = path.join(root, 'locked');
    chmodSync(locked, 0o000);
    onTestFinished(() => chmodSync(locked, 0o755));
    const discovery = await discover(root);
    expect(discovery.files.map((f) => f.path)).toEqual(['open/A.java']);
    expect(discovery.skipped).toEqual([
      { path: 'locked', reason: 'unreadable', detail: expect.stringMatching(/^EACCES/) },
    ]);
  });
});
