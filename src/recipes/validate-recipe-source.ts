import type { RecipeProblem } from '../core/errors.js';
import { describeExpected } from './describe-expected.js';
import { explainIssues } from './explain-issues.js';
import { problemAt } from './problem-at.js';
import { recipeFileSchema } from './recipe-schema.js';
import type { RecipeFile } from './recipe-schema.js';
import type { RecipeSource } from './recipe-source.js';

/** Checks a parsed recipe file against the schema; every issue becomes a problem at its key or value. */
export function validateRecipeSource(source: RecipeSource): { recipe?: RecipeFile; problems: RecipeProblem[] } {
  const result = recipeFileSchema.safeParse(source.data, { reportInput: true, error: describeExpected });
  if (result.success) return { recipe: result.data, problems: [] };
  const problems = explainIssues(result.error.issues, recipeFileSchema).map((issue) =>
    problemAt(source, issue.path, issue.message, issue.target),
  );
  return { problems };
}
