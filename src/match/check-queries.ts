import type { RecipeProblem } from '../core/errors.js';
import { compileJavaQuery } from '../index/index.js';
import type { Recipe } from '../recipes/types.js';

/** Compiles every `query:` rule's tree-sitter query, so a bad one fails before any scanning. */
export function checkQueries(recipe: Recipe): RecipeProblem[] {
  const problems: RecipeProblem[] = [];
  for (const rule of recipe.rules) {
    if (rule.match.kind !== 'query' || rule.language !== 'java') continue;
    for (const source of rule.match.options) {
      try {
        compileJavaQuery(source);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        problems.push({
          file: rule.source.file,
          line: rule.source.line,
          column: 1,
          key: `rules[${rule.id}].match.query`,
          message: `invalid tree-sitter query for Java: ${reason}`,
        });
      }
    }
  }
  return problems;
}
