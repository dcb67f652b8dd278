import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recipeJsonSchema } from '../../src/recipes/index.js';

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));
const readYaml = async (file: string): Promise<unknown> => parse(await readFile(file, 'utf8'));

describe('recipe JSON Schema', () => {
  it('is committed up to date as recipes/recipe.schema.json', async () => {
    // To regenerate: npx tsx -e "import { recipeJsonSchema } from './src/recipes/index.ts'; import { writeFileSync } from 'node:fs'; writeFileSync('recipes/recipe.schema.json', JSON.stringify(recipeJsonSchema(), null, 2) + '\n');"
    expect(await readJson('recipes/recipe.schema.json')).toEqual(recipeJsonSchema());
  });

  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(recipeJsonSchema());

  it.each([
    'recipes/deprecated-api.yaml',
    'fixtures/recipes/good/composed.yaml',
    'fixtures/recipes/good/defaults.yaml',
    'fixtures/recipes/good/only-includes.yaml',
  ])('accepts %s', async (file) => {
    const valid = validate(await readYaml(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each([
    ['an unknown rule key', 'unknown-keys.yaml'],
    ['two matcher kinds in one match', 'match-kinds.yaml'],
    ['a string where a list of globs belongs', 'wrong-types.yaml'],
    ['a malformed effort', 'bad-values.yaml'],
  ])('rejects %s', async (_what, fixture) => {
    expect(validate(await readYaml(`fixtures/recipes/bad/${fixture}`))).toBe(false);
  });
});
