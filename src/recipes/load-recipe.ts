import path from 'node:path';
import { RecipeError } from '../core/errors.js';
import type { RecipeProblem } from '../core/errors.js';
import { nullThrows } from '../core/null-throws.js';
import { checkRecipe } from './check-recipe.js';
import { collectRecipeFiles } from './collect-recipe-files.js';
import type { Recipe } from './types.js';

/**
 * Loads a recipe file and everything it includes: YAML → schema → normalised rules → checks across
 * files. Throws a RecipeError carrying every problem found, each with file, line, column and key path.
 * The top recipe's files/ignores apply; included recipes contribute rules only, appended in order.
 */
export async function loadRecipe(file: string): Promise<Recipe> {
  const { files, problems } = await collectRecipeFiles(file);
  const { errors, warnings } = checkRecipe(files);
  const order = [...new Set([...problems, ...errors].map((problem) => problem.file))];
  if (problems.length > 0 || errors.length > 0) throw new RecipeError(sortProblems([...problems, ...errors], order));
  const top = nullThrows(
    files.find((loaded) => loaded.isTop),
    'a recipe without problems has a loaded top file',
  );
  const { recipe } = top;
  return {
    name: recipe.name,
    ...(recipe.description === undefined ? {} : { description: recipe.description }),
    file: path.resolve(file),
    files: recipe.files,
    ignores: recipe.ignores,
    rules: files.flatMap((loaded) => loaded.rules),
    metadata: recipe.metadata,
    ...(recipe.verify ? { verify: { command: recipe.verify.command, timeoutSeconds: recipe.verify.timeout } } : {}),
    warnings,
  };
}

/** Groups problems by file (in the order files were reached), then by position. */
function sortProblems(problems: RecipeProblem[], fileOrder: readonly string[]): RecipeProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        fileOrder.indexOf(a.problem.file) - fileOrder.indexOf(b.problem.file) ||
        a.problem.line - b.problem.line ||
        a.problem.column - b.problem.column ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
