import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The shipped recipes: recipes/*.yaml, not their `.tests.yaml` case files. */
const SHIPPED = (await readdir(path.join(REPO, 'recipes')))
  .filter((name) => name.endsWith('.yaml') && !name.endsWith('.tests.yaml'))
  .sort()
  .map((name) => `recipes/${name}`);

describe('refactor test on the shipped recipes', () => {
  it('finds the shipped recipes', () => {
    expect(SHIPPED).toContain('recipes/deprecated-api.yaml');
    expect(SHIPPED).toContain('recipes/junit4-to-junit5.yaml');
  });

  it.each(SHIPPED)('%s: every case passes and every fix has a case', async (recipe) => {
    const result = await runCli(['test', recipe]);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('FAIL');
    expect(result.stdout).not.toContain('has a fix but no test case');
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed$/m);
    expect(result.code).toBe(0);
  });
});

describe('refactor test on a wrong case', () => {
  it('exits 1, names the case and shows expected and actual as a unified diff', async () => {
    const dir = await tempDir();
    const recipe = path.join(dir, 'junit4-to-junit5.yaml');
    const tests = path.join(dir, 'junit4-to-junit5.tests.yaml');
    await copyFile(path.join(REPO, 'recipes/junit4-to-junit5.yaml'), recipe);
    const text = await readFile(path.join(REPO, 'recipes/junit4-to-junit5.tests.yaml'), 'utf8');
    // The expected text of one case (its `after`), altered: the fix keeps the reason, the case now says otherwise.
    const right = '@Disabled("flaky on the build server")';
    expect(text.split(right)).toHaveLength(2);
    await writeFile(tests, text.replace(right, '@Disabled("flaky")'));

    const result = await runCli(['test', recipe]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^\s*FAIL\s+junit4-ignore \(0\/1\)$/m);
    expect(result.stdout).toContain(`✗ @Ignore with and without a reason, on a method and on a class (${tests}:`);
    // A unified diff of expected (-) against actual (+), with a hunk header and context.
    expect(result.stdout).toMatch(/^\s*\+\+\+ actual\/Case\.java/m);
    expect(result.stdout).toMatch(/^\s*@@ -\d+,\d+ \+\d+,\d+ @@$/m);
    expect(result.stdout).toMatch(/^\s*-\s+@Disabled\("flaky"\)$/m);
    expect(result.stdout).toMatch(/^\s*\+\s+@Disabled\("flaky on the build server"\)$/m);
    expect(result.stdout).toMatch(/^\s* \s+public void survivesClockChange\(\) \{$/m);
    // Only that case fails; the others of the file still pass.
    expect(result.stdout).toMatch(/^\s*pass\s+junit4-lifecycle \(\d+\/\d+\)$/m);
    expect(result.stdout).toMatch(/^[1-9]\d* passed, 1 failed$/m);
  });
});
