import type { RecipeProblem } from '../core/errors.js';
import type { LoadedRecipeFile } from './loaded-recipe-file.js';
import { problemAt } from './problem-at.js';

/** Rule ids are unique across a recipe and everything it includes; a repeat names where the id was first declared. */
export function checkDuplicateRuleIds(files: readonly LoadedRecipeFile[]): RecipeProblem[] {
  const first = new Map<string, RecipeProblem>();
  const problems: RecipeProblem[] = [];
  for (const { source, rules } of files) {
    rules.forEach((rule, index) => {
      const here = problemAt(source, ['rules', index, 'id'], '');
      const earlier = first.get(rule.id);
      if (!earlier) {
        first.set(rule.id, here);
        return;
      }
      const where = `${earlier.file}:${earlier.line}:${earlier.column} (${earlier.key})`;
      problems.push({
        ...here,
        message: `duplicate rule id "${rule.id}", also declared at ${where}; rule ids must be unique across a recipe and its includes, so rename one`,
      });
    });
  }
  return problems;
}
