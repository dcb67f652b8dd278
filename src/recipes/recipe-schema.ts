import { z } from 'zod';
import { globListSchema } from './glob-list-schema.js';
import { ruleSchema } from './rule-schema.js';

/** Scanned when a recipe does not say: every Java and TypeScript/JavaScript file. */
export const DEFAULT_FILES = ['**/*.java', '**/*.{ts,tsx,js,jsx,mjs,cjs}'];

/** A recipe file as written. The single source of truth for recipe syntax and its JSON Schema. */
export const recipeFileSchema = z
  .strictObject(
    {
      $schema: z.string().optional().describe('JSON Schema for editors (./recipe.schema.json); ignored by refactor.'),
      name: z.string().min(1).describe('Name of the recipe, shown in reports.'),
      description: z.string().optional().describe('What the recipe is for.'),
      files: globListSchema
        .min(1)
        .default(DEFAULT_FILES)
        .describe('Globs of files to scan, relative to the scanned root. Only the top recipe\'s globs apply.'),
      ignores: globListSchema.default([]).describe('Globs of files never scanned. Only the top recipe\'s globs apply.'),
      include: z
        .array(z.string().min(1))
        .default([])
        .describe('Other recipe files (relative to this one) whose rules are appended after this recipe\'s rules.'),
      rules: z
        .array(ruleSchema, { error: 'a list of rules, each a map starting with "- id:"' })
        .default([]).describe('The rules. May be empty when include brings rules.'),
      metadata: z.record(z.string(), z.unknown()).default({}).describe('Free-form data about the recipe.'),
      verify: z
        .strictObject({
          command: z.string().min(1).describe('Shell command run in a temporary copy of the root with the fixes applied, e.g. "mvn -q compile" or "npm test".'),
          timeout: z.number().int().min(1).default(600).describe('Seconds before the command is stopped and counted as failed.'),
        })
        .optional()
        .describe('How to verify fixes beyond re-parsing and type-checking; failing fixes go to patches/rejected/.'),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? 'a recipe: a map with at least name: and rules: (or include:)' : undefined,
    },
  )
  .describe('A refactor recipe: rules that find (and price) legacy code.');

export type RecipeFile = z.infer<typeof recipeFileSchema>;
