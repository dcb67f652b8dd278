import { formatRecipeProblem, RecipeError } from '../../src/core/errors.js';
import { loadRecipe } from '../../src/recipes/index.js';

/** Loads a recipe that must fail and returns its problems as `file:line:column: key: message` lines. */
export async function loadProblems(file: string): Promise<string[]> {
  const error: unknown = await loadRecipe(file).then(
    () => new Error(`expected ${file} to fail to load`),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof RecipeError)) throw error;
  return error.problems.map(formatRecipeProblem);
}
