import { parseArgs } from 'node:util';
import { RecipeError, UsageError, formatRecipeProblem } from '../core/errors.js';
import { checkQueries } from '../match/index.js';
import { loadRecipe, recipeJsonSchema } from '../recipes/index.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help.js';
import type { Io } from './io.js';

export async function recipesCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  const [sub, ...files] = positionals;
  if (values.help || sub === undefined) {
    io.out(HELP.recipes);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (sub === 'schema') {
    io.out(JSON.stringify(recipeJsonSchema(), null, 2));
    return EXIT.ok;
  }
  if (sub !== 'validate') throw new UsageError(`unknown recipes command ${JSON.stringify(sub)}: use "validate" or "schema"`);
  if (files.length === 0) throw new UsageError('recipes validate needs at least one recipe file');
  let failed = false;
  for (const file of files) {
    try {
      const recipe = await loadRecipe(file);
      const problems = checkQueries(recipe);
      if (problems.length > 0) throw new RecipeError(problems);
      io.out(`${file}: ok (${recipe.rules.length} rules)`);
    } catch (error) {
      if (!(error instanceof RecipeError)) throw error;
      failed = true;
      for (const p of error.problems) io.err(formatRecipeProblem(p));
    }
  }
  return failed ? EXIT.usage : EXIT.ok;
}
