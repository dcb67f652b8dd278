import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/report/index.js';
import { readLatestReport, readLatestSarif } from '../helpers/read-report.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { copyFixture, tempDir } from '../helpers/temp-dir.js';

interface ExpectedFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  resolution: string;
}

const key = (f: ExpectedFinding) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.resolution}`;

/** Runs the shipped recipe on a copy of a fixture through the CLI, as the README says to. */
async function scanFixture(name: string): Promise<{ report: RunReport; stdout: string; sarif: { runs: Array<{ results: unknown[] }> } }> {
  const root = await copyFixture(name);
  const out = path.join(await tempDir(), 'reports');
  const result = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const sarif = (await readLatestSarif(out)) as { runs: Array<{ results: unknown[] }> };
  return { report: await readLatestReport(out), stdout: result.stdout, sarif };
}

async function expectedFindings(name: string): Promise<ExpectedFinding[]> {
  const file = path.join(REPO, 'fixtures/expected', `${name}.json`);
  return (JSON.parse(await readFile(file, 'utf8')) as { findings: ExpectedFinding[] }).findings;
}

describe('refactor run recipes/deprecated-api.yaml finds exactly the hand-checked findings', () => {
  it.each(['legacy-java', 'legacy-node', 'ts-paths'])('in fixtures/%s: nothing missing, nothing extra', async (name) => {
    const { report, stdout, sarif } = await scanFixture(name);
    const expected = await expectedFindings(name);
    const actual = report.findings.map((f) =>
      key({ rule: f.ruleId, file: f.file, line: f.range.start.line, column: f.range.start.column, resolution: f.resolution }),
    );
    expect(actual.sort()).toEqual(expected.map(key).sort());
    // The summary a person reads and the SARIF a machine reads tell the same story.
    expect(stdout).toContain(`findings  ${expected.length}`);
    expect(sarif.runs[0]?.results).toHaveLength(expected.length);
  });

  it('reports the odd files of the Java fixture instead of failing on them', async () => {
    const { report } = await scanFixture('legacy-java');
    expect(report.stats.filesScanned).toBe(27);
    expect(report.stats.problems.length).toBeGreaterThan(0);
    expect(report.stats.problems.every((p) => p.path === 'src/main/java/com/acme/inventory/InventoryReport.java')).toBe(true);
    expect(Object.keys(report.stats.legacyEncodings)).toEqual(['src/main/java/com/acme/legacy/Adresse.java']);
  });

  it('type-checks only candidates, with Node typings of its own when the tree has none', async () => {
    const { report } = await scanFixture('legacy-node');
    const checker = report.stats.typeChecker;
    expect(checker?.usedTsconfig).toBe(false);
    expect(checker?.confirmed).toBeGreaterThan(0);
    expect(checker?.candidates).toBeGreaterThanOrEqual(checker?.confirmed ?? 0);
    const withTsconfig = await scanFixture('ts-paths');
    expect(withTsconfig.report.stats.typeChecker?.usedTsconfig).toBe(true);
  });
});
