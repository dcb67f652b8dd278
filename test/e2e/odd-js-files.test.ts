import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLatestReport } from '../helpers/read-report.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('odd TS/JS files never abort a run', () => {
  it('reports files the parser cannot read cleanly and still checks the rest', async () => {
    const root = path.join(await tempDir(), 'app');
    await mkdir(path.join(root, 'lib'), { recursive: true });
    await writeFile(path.join(root, 'lib/good.js'), "var url = require('url');\nmodule.exports = function (s) { return url.parse(s); };\n");
    // Half a file: unbalanced braces, a stray token, then a real finding after the damage.
    await writeFile(path.join(root, 'lib/broken.js'), "function f( {\n  return ;;; }}}\nvar b = new Buffer(4);\n");
    // TypeScript that the checker cannot make sense of (unresolvable everything, circular aliases).
    await writeFile(path.join(root, 'lib/weird.ts'), "import { a as b } from './weird';\nexport { b as a };\nexport const x: Missing<Nope> = b.substr(1);\n");
    // Binary and minified-to-one-huge-line files.
    await writeFile(path.join(root, 'lib/blob.js'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    await writeFile(path.join(root, 'lib/min.js'), `${'var a=1;'.repeat(400_000)}\n`);

    const out = path.join(root, '..', 'out');
    const result = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = await readLatestReport(out);
    expect(report.stats.skipped).toEqual([
      { path: 'lib/blob.js', reason: 'binary', detail: expect.any(String) },
      { path: 'lib/min.js', reason: 'too-large', detail: expect.any(String) },
    ]);
    expect(report.stats.problems.map((p) => p.path)).toContain('lib/broken.js');
    const found = report.findings.map((f) => `${f.file}:${f.range.start.line} ${f.ruleId}`);
    expect(found).toContain('lib/good.js:2 node-url-legacy-parse');
    expect(found).toContain('lib/broken.js:3 node-buffer-constructor');
  });

  it('a tsconfig.json the TypeScript checker cannot use costs the checked findings, not the run', async () => {
    const root = path.join(await tempDir(), 'app');
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'tsconfig.json'), '{ "compilerOptions": { "target": ');
    await writeFile(path.join(root, 'index.js'), "var d = require('domain');\nvar u = require('url');\nu.parse('x');\n");
    const out = path.join(root, '..', 'out');
    const result = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', out]);
    expect(result.code).toBe(0);
    const report = await readLatestReport(out);
    expect(report.stats.problems).toEqual([expect.objectContaining({ path: 'index.js', kind: 'check-failed' })]);
    // Syntactic rules still find what they find.
    expect(report.findings.map((f) => f.ruleId)).toEqual(['node-domain']);
    expect(result.stdout).toContain('check-failed');
  });
});
