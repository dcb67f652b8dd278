import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLatestReport, readLatestSarif } from '../helpers/read-report.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { copyFixture, tempDir } from '../helpers/temp-dir.js';

interface Expected {
  findings: Array<{ rule: string; file: string; line: number; column: number; resolution: string }>;
}

describe('refactor run recipes/deprecated-api.yaml on fixtures/legacy-java', () => {
  it('finds exactly the hand-checked expected findings, nothing missing, nothing extra', async () => {
    const root = await copyFixture('legacy-java');
    const out = path.join(await tempDir(), 'reports');
    const result = await runCli(['run', 'recipes/deprecated-api.yaml', '--root', root, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const expected = JSON.parse(await readFile(path.join(REPO, 'fixtures/expected/legacy-java.json'), 'utf8')) as Expected;
    const report = await readLatestReport(out);
    const key = (f: { rule: string; file: string; line: number; column: number; resolution: string }) =>
      `${f.file}:${f.line}:${f.column} ${f.rule} ${f.resolution}`;
    const actual = report.findings.map((f) =>
      key({ rule: f.ruleId, file: f.file, line: f.range.start.line, column: f.range.start.column, resolution: f.resolution }),
    );
    expect(actual.sort()).toEqual(expected.findings.map(key).sort());

    // The odd files of the fixture are reported, not fatal.
    expect(report.stats.filesScanned).toBe(26);
    expect(report.stats.problems.every((p) => p.path === 'src/main/java/com/acme/inventory/InventoryReport.java')).toBe(true);
    expect(report.stats.problems.length).toBeGreaterThan(0);
    expect(Object.keys(report.stats.legacyEncodings)).toEqual(['src/main/java/com/acme/legacy/Adresse.java']);

    // The summary a person reads, and the SARIF a machine reads, tell the same story.
    expect(result.stdout).toContain(`findings  ${expected.findings.length}`);
    const sarif = (await readLatestSarif(out)) as { runs: Array<{ results: unknown[] }> };
    expect(sarif.runs[0]?.results).toHaveLength(expected.findings.length);
  });
});
