import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readLatestSarif } from '../helpers/read-report.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const require = createRequire(import.meta.url);
/** The official SARIF 2.1.0 schema (draft-04), as shipped by Microsoft's @microsoft/jest-sarif. */
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const CODE = `package p;
import java.util.Date;
public class A {
  int f(Date d) { Integer i = new Integer(1); return d.getYear(); }
  void g() { int x = ; }
}
`;

interface SarifLog {
  runs: Array<{
    results: Array<{
      ruleId: string;
      partialFingerprints: Record<string, string>;
      locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
      fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ deletedRegion: { startLine: number; startColumn: number }; insertedContent: { text: string } }> }> }>;
    }>;
  }>;
}

async function scan(root: string, out: string): Promise<SarifLog> {
  const result = await runCli(['run', path.join(REPO, 'recipes/deprecated-api.yaml'), '--root', root, '--out', out]);
  expect(result.code).toBe(0);
  return (await readLatestSarif(out)) as SarifLog;
}

describe('report.sarif', () => {
  it('is valid SARIF 2.1.0 and its fingerprints survive edits elsewhere in the file', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'src');
    await mkdir(path.join(root, 'p'), { recursive: true });
    await writeFile(path.join(root, 'p/A.java'), CODE);

    const sarif = await scan(root, path.join(dir, 'out'));
    const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(SCHEMA_PATH, 'utf8')) as object);
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator does reject a broken log (so the check above can fail).
    expect(validate({ ...sarif, version: '2.0.0' })).toBe(false);

    const results = sarif.runs[0]?.results ?? [];
    expect(results.map((r) => r.ruleId).sort()).toEqual(['java-boxed-constructor', 'java-date-deprecated-accessor']);
    // The deterministic fix travels with the result, as code-scanning UIs show suggested fixes.
    const boxed = results.find((r) => r.ruleId === 'java-boxed-constructor');
    expect(boxed?.fixes?.[0]?.artifactChanges[0]?.replacements).toEqual([
      { deletedRegion: { startLine: 4, startColumn: 31, endLine: 4, endColumn: 45 }, insertedContent: { text: 'Integer.valueOf(1)' } },
    ]);

    // Three lines inserted above: line numbers move, fingerprints do not.
    await writeFile(path.join(root, 'p/A.java'), CODE.replace('public class A {', '// a\n// b\n// c\npublic class A {'));
    const again = await scan(root, path.join(dir, 'out2'));
    const moved = again.runs[0]?.results ?? [];
    const fingerprints = (rs: typeof results) => rs.map((r) => r.partialFingerprints['refactorFinding/v1']).sort();
    expect(fingerprints(moved)).toEqual(fingerprints(results));
    expect(moved[0]?.locations[0]?.physicalLocation.region.startLine).toBe((results[0]?.locations[0]?.physicalLocation.region.startLine ?? 0) + 3);
  });
});
