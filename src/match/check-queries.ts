import type { RecipeProblem } from '../core/errors.js';
import { compileJavaQuery, compileTsQuery } from '../index/index.js';
import type { Recipe } from '../recipes/types.js';

/** Compiles every `query:` rule's tree-sitter query, so a bad one fails before any scanning. */
export function checkQueries(recipe: Recipe): RecipeProblem[] {
  const problems: RecipeProblem[] = [];
  for (const rule of recipe.rules) {
    if (rule.match.kind !== 'query') continue;
    for (const source of rule.match.options) {
      try {
        if (rule.language === 'java') compileJavaQuery(source);
        else compileForSomeGrammar(source);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        problems.push({
          file: rule.source.file,
          line: rule.source.line,
          column: 1,
          key: `rules[${rule.id}].match.query`,
          message: `invalid tree-sitter query for ${rule.language === 'java' ? 'Java' : 'TypeScript, TSX or JavaScript'}: ${reason}`,
        });
      }
    }
  }
  return problems;
}

/** A TS/JS query may use node types of one grammar only (JSX, type annotations): one must accept it. */
function compileForSomeGrammar(source: string): void {
  let first: unknown;
  for (const grammar of ['typescript', 'tsx', 'javascript'] as const) {
    try {
      compileTsQuery(grammar, source);
      return;
    } catch (error) {
      first ??= error;
    }
  }
  throw first;
}
