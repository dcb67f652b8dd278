import type { RecipeProblem } from '../core/errors.js';
import { checkDuplicateRuleIds } from './check-duplicate-rule-ids.js';
import { checkMatcherLanguages } from './check-matcher-languages.js';
import type { LoadedRecipeFile } from './loaded-recipe-file.js';
import { problemAt } from './problem-at.js';

/**
 * Checks that need more than one key, or more than one file: matcher kinds against languages, rule ids
 * across includes, at least one rule overall. Warnings flag what is valid but probably not meant.
 */
export function checkRecipe(files: readonly LoadedRecipeFile[]): { errors: RecipeProblem[]; warnings: RecipeProblem[] } {
  const errors = [...files.flatMap(checkMatcherLanguages), ...checkDuplicateRuleIds(files)];
  const top = files.find((file) => file.isTop);
  if (top && files.every((file) => file.rules.length === 0)) {
    const path = top.source.doc.has('rules') ? ['rules'] : [];
    errors.push(problemAt(top.source, path, 'the recipe has no rules; add some under rules: or include: a recipe that has some'));
  }
  const warnings = files
    .filter((file) => !file.isTop)
    .flatMap(({ source }) =>
      ['files', 'ignores']
        .filter((key) => source.doc.has(key))
        .map((key) =>
          problemAt(
            source,
            [key],
            `${key}: of an included recipe is ignored (the including recipe's globs apply); use rule-level ${key}: if it matters`,
            'key',
          ),
        ),
    );
  return { errors, warnings };
}
