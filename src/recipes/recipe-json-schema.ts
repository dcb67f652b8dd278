import { z } from 'zod';
import { matchSchema } from './match-schema.js';
import { recipeFileSchema } from './recipe-schema.js';

/**
 * JSON Schema (draft 2020-12) for recipe files, for editors: add
 * `# yaml-language-server: $schema=./recipe.schema.json` at the top of a recipe. Generated from the zod
 * schema, so it cannot drift; checks zod cannot express in JSON Schema (globs, one-line messages,
 * matcher kind vs language, includes) still happen when the recipe is loaded.
 */
export function recipeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(recipeFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // "Exactly one kind" is a refinement in zod; say it in JSON Schema terms too.
      if (zodSchema === matchSchema) Object.assign(jsonSchema, { minProperties: 1, maxProperties: 1 });
    },
  });
}
