import { describe, expect, it } from 'vitest';
import { extractJavaFacts } from '../../src/index/java/extract-java-facts.js';
import { mayHoldLongChain } from '../../src/index/long-chain.js';
import { extractTsFacts } from '../../src/index/typescript/extract-ts-facts.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { readLatestReport } from '../helpers/read-report.js';
import { copyFixture, tempDir } from '../helpers/temp-dir.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Generated code holds call chains thousands of calls long (`sb.append(…).append(…)…`). The fast
 * pass-1 query is quadratic in such a chain, so a file that may hold one takes a linear query
 * instead. Both must read the same facts.
 */
function chainedClass(calls: number, separator: string): string {
  const chain = Array.from({ length: calls }, (_, i) =>
    i % 50 === 49
      ? `${separator}.append(new Integer(${i}))`
      : i % 7 === 3
        ? `.append(when.getYear())`
        : i % 100 === 10
          ? `.append(new Object() { public String toString() { return "${i}"; } })`
          : `.append("x${i}")`,
  ).join('');
  return `package gen;

import java.util.Date;

public class Sql {
    private Date when = new Date();
    String build(StringBuilder sb) {
        Date local = new Date(2020, 1, 1);
        return sb${chain}.append(local.getMonth()).toString();
    }
    int size(Sql other) { return other.when.getYear(); }
}
`;
}

describe('Java files with long call chains', () => {
  it('give the same facts through the linear query as through the fast one', () => {
    // Same length, same code: a `;` inside the comments stops the chain check, a `,` does not.
    const fast = chainedClass(1200, '/*;*/');
    const linear = chainedClass(1200, '/*,*/');
    expect(mayHoldLongChain(fast)).toBe(false);
    expect(mayHoldLongChain(linear)).toBe(true);
    const a = extractJavaFacts(fast);
    const b = extractJavaFacts(linear);
    expect(b.refs.length).toBeGreaterThan(1200);
    expect(b.types.filter((t) => t.kind === 'anonymous')).toHaveLength(10);
    expect(b).toEqual(a);
  });

  it('are scanned with every use found, and a report of bounded size', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'src/gen'), { recursive: true });
    await writeFile(path.join(root, 'src/gen/Sql.java'), chainedClass(10_000, ''));
    const { code, stdout } = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', path.join(root, 'out')]);
    expect(code, stdout).toBe(0);
    const report = await readLatestReport(path.join(root, 'out'));
    const count = (rule: string) => report.findings.filter((f) => f.ruleId === rule).length;
    expect(count('java-boxed-constructor')).toBe(200);
    // 1,400 getYear() calls in the chain, one in size(), and getMonth() at its end.
    expect(count('java-date-deprecated-accessor')).toBe(1402);
    // The chain is one line of ~190k characters: each snippet shows a window of it.
    expect(Math.max(...report.findings.map((f) => f.snippet.length))).toBeLessThanOrEqual(322);
    for (const f of report.findings.filter((f) => f.ruleId === 'java-boxed-constructor')) expect(f.snippet).toMatch(/^….*new Integer\(\d+\)/);
    expect(count('java-date-deprecated-constructor')).toBe(1);
  }, 60_000);
});

describe('Java expressions nested deeper than the stack goes', () => {
  it('are read as of unknown type, and the file keeps its other uses', () => {
    const strings = Array.from({ length: 20_000 }, (_, i) => `"s${i}"`).join(' + ');
    const fields = Array.from({ length: 20_000 }, (_, i) => `.f${i}`).join('');
    const text = `class Deep {
  void f(Deep d) {
    Integer i = new Integer(${strings});
    Object o = d${fields}.toString();
    Long l = new Long(1);
  }
}
`;
    const refs = extractJavaFacts(text).refs;
    const news = refs.filter((r) => r.kind === 'new').map((r) => [r.name, r.args]);
    expect(news).toEqual([
      ['Integer', [{ k: 'value', type: 'String' }]],
      ['Long', [{ k: 'value', type: 'int' }]],
    ]);
    // The receiver of toString() nests no deeper than the bound (it has no known type either way).
    let depth = 0;
    for (let e = refs.find((r) => r.kind === 'call' && r.name === 'toString')?.recv; e && (e.k === 'field' || e.k === 'call'); e = e.recv) depth++;
    expect(depth).toBeLessThanOrEqual(201);
  });
});

describe('JavaScript files with long call chains', () => {
  it('have their calls, news and member reads found, callees not taken for reads', () => {
    // jQuery style, as minified bundles hold them: $("#x").css(…).css(…)…, with a read now and then.
    const n = 5000;
    const chain = Array.from({ length: n }, (_, i) => (i % 100 === 0 ? `.css("a", new Buffer(${i})).length` : `.css("a${i}")`)).join('');
    const facts = extractTsFacts(`var b = new Buffer(10);\nvar q = $("#x")${chain};\nb.length = q.size;\n`, 'javascript');
    const sites = (kind: string, name: string) => facts.sites.filter((s) => s.kind === kind && s.name === name);
    expect(sites('call', 'css')).toHaveLength(n);
    expect(sites('new', 'Buffer')).toHaveLength(n / 100 + 1);
    // `.length` after each `new Buffer` call is read; `b.length = …` is a write; `q.size` is read.
    expect(sites('member', 'length')).toHaveLength(n / 100);
    expect(sites('member', 'size')).toHaveLength(1);
    expect(sites('member', 'css')).toHaveLength(0);
    const starts = facts.sites.map((s) => s.span[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('A vendored JavaScript file too deep for the TypeScript compiler', () => {
  it('is reported as not type-checked, and costs no other file its findings', async () => {
    const root = await copyFixture('legacy-node');
    // 1,200 chained calls overflow the compiler's recursion (about 900 is its limit here).
    const chain = Array.from({ length: 1200 }, (_, i) => `.css("a${i}")`).join('');
    await writeFile(path.join(root, 'lib/jquery.plugin.js'), `var b = new Buffer(10);\n$("#x")${chain};\n`);
    const out = path.join(root, 'out');
    const { code } = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', out]);
    expect(code).toBe(0);
    const report = await readLatestReport(out);
    const expected = JSON.parse(await readFile(path.join(REPO, 'fixtures/expected/legacy-node.json'), 'utf8')) as { findings: unknown[] };
    expect(report.findings.filter((f) => f.file !== 'lib/jquery.plugin.js')).toHaveLength(expected.findings.length);
    expect(report.stats.problems).toContainEqual(
      expect.objectContaining({ path: 'lib/jquery.plugin.js', kind: 'check-failed', message: expect.stringContaining('nests too deeply') }),
    );
  }, 60_000);
});

describe('A fix in a TypeScript file too deep for the compiler', () => {
  it('is rejected with the reason, and the other files\' fixes are verified', async () => {
    const root = await tempDir();
    // 800 calls: the checker pass (binding, a few symbols) still copes, but type-checking the whole file
    // to verify its fix recurses deeper and overflows the default stack.
    const chain = Array.from({ length: 800 }, (_, i) => `.css("a${i}")`).join('');
    await writeFile(path.join(root, 'deep.ts'), `declare const $: any;\nexport const b = new Buffer(10);\nexport const q = $("#x")${chain};\n`);
    await writeFile(path.join(root, 'plain.ts'), 'export const c = new Buffer(1);\n');
    const out = path.join(root, 'out');
    const { code, stdout } = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', out]);
    expect(code, stdout).toBe(0);
    const report = await readLatestReport(out);
    const fixOf = (file: string) => report.findings.find((f) => f.file === file && f.ruleId === 'node-buffer-constructor')?.fix;
    expect(fixOf('plain.ts')?.status).toBe('fixed');
    expect(fixOf('deep.ts')).toMatchObject({ status: 'rejected', reason: expect.stringContaining('could not be type-checked') });
  }, 60_000);
});
