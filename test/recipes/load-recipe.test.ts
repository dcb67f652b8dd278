import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecipe } from '../../src/recipes/index.js';

/** 1-based line of the first line containing `text`, so the test does not break when the recipe grows. */
function lineOf(file: string, text: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
}

describe('loadRecipe', () => {
  it('loads and normalises recipes/deprecated-api.yaml', async () => {
    const recipe = await loadRecipe('recipes/deprecated-api.yaml');
    expect(recipe.name).toBe('deprecated-api');
    expect(recipe.file).toBe(path.resolve('recipes/deprecated-api.yaml'));
    expect(recipe.files).toEqual(['**/*.java', '**/*.{ts,tsx,js,jsx,mjs,cjs}']);
    expect(recipe.ignores).toEqual(['**/generated/**']);
    expect(recipe.rules).toHaveLength(38);
    expect(recipe.warnings).toEqual([]);

    const byId = new Map(recipe.rules.map((rule) => [rule.id, rule]));
    expect(byId.get('java-thread-stop-suspend-resume')).toMatchObject({
      language: 'java',
      severity: 'critical',
      effortMinutes: 60,
      match: { kind: 'call', options: ['java.lang.Thread#stop|suspend|resume'] },
      source: { file: 'recipes/deprecated-api.yaml', line: lineOf('recipes/deprecated-api.yaml', '- id: java-thread-stop-suspend-resume') },
    });
    expect(byId.get('java-class-newinstance')?.match).toEqual({
      kind: 'call',
      options: [{ method: 'java.lang.Class#newInstance', args: 0 }],
    });
    expect(byId.get('java-boxed-constructor')?.match.options).toHaveLength(8);
    expect(byId.get('java-deprecated-project-api')?.match).toEqual({ kind: 'deprecated', options: [true] });
    // Every kind's options are a non-empty list, whether the recipe wrote one item or several.
    for (const rule of recipe.rules) expect(rule.match.options.length).toBeGreaterThan(0);
  });

  it('applies defaults: files, ignores, severity, effort, metadata', async () => {
    const recipe = await loadRecipe('fixtures/recipes/good/defaults.yaml');
    expect(recipe.files).toEqual(['**/*.java', '**/*.{ts,tsx,js,jsx,mjs,cjs}']);
    expect(recipe.ignores).toEqual([]);
    expect(recipe.rules).toEqual([
      {
        id: 'all-defaults',
        language: 'java',
        match: { kind: 'deprecated', options: [true] },
        message: 'Folded messages lose their trailing newline:',
        note: '**Markdown** is fine here.\n',
        severity: 'minor',
        effortMinutes: 5,
        metadata: {},
        source: { file: 'fixtures/recipes/good/defaults.yaml', line: 3 },
      },
    ]);
  });

  it('appends included rules in order after its own, reads a shared include once, keeps its own globs', async () => {
    const recipe = await loadRecipe('fixtures/recipes/good/composed.yaml');
    expect(recipe.rules.map((rule) => [rule.id, rule.source.file, rule.effortMinutes])).toEqual([
      ['own-rule', 'fixtures/recipes/good/composed.yaml', 5],
      ['date-accessor', 'fixtures/recipes/good/parts/dates.yaml', 90],
      ['shared-rule', 'fixtures/recipes/good/parts/shared.yaml', 5],
      ['thread-stop', 'fixtures/recipes/good/parts/threads.yaml', 480],
    ]);
    expect(recipe.files).toEqual(['**/*.java', '**/*.{ts,tsx,js,jsx,mjs,cjs}']);
    expect(recipe.ignores).toEqual(['**/generated/**']);
    expect(recipe.metadata).toEqual({ owner: 'platform-team' });
    expect(recipe.warnings).toEqual([
      {
        file: 'fixtures/recipes/good/parts/dates.yaml',
        line: 2,
        column: 1,
        key: 'files',
        message: "files: of an included recipe is ignored (the including recipe's globs apply); use rule-level files: if it matters",
      },
    ]);
  });

  it('accepts a recipe whose rules all come from includes', async () => {
    const recipe = await loadRecipe('fixtures/recipes/good/only-includes.yaml');
    expect(recipe.rules.map((rule) => rule.id)).toEqual(['shared-rule']);
  });
});
