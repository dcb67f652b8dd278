import type { RecipeProblem } from '../core/errors.js';
import { MATCHER_SPECS } from '../match/specs.js';
import type { LoadedRecipeFile } from './loaded-recipe-file.js';
import { problemAt } from './problem-at.js';

/** Every rule's matcher kind must be implemented for the rule's language. */
export function checkMatcherLanguages({ source, rules }: LoadedRecipeFile): RecipeProblem[] {
  const problems: RecipeProblem[] = [];
  rules.forEach((rule, index) => {
    const { kind } = rule.match;
    const languages: readonly string[] = MATCHER_SPECS[kind].languages;
    if (languages.includes(rule.language)) return;
    problems.push(
      problemAt(
        source,
        ['rules', index, 'match', kind],
        `matcher "${kind}" is not implemented for ${rule.language} rules (only for ${languages.join(', ')}); ` +
          `use another matcher kind or change language:`,
        'key',
      ),
    );
  });
  return problems;
}
