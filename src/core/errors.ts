/**
 * The few error types the CLI knows how to explain. Everything else is a bug.
 * Exit codes: 0 ok, 1 findings over --fail-on, 2 usage/recipe/config, 3 provider or budget.
 */

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface RecipeProblem extends SourceLocation {
  /** Dotted key path inside the recipe, e.g. `rules[2].match.new`. */
  key: string;
  message: string;
}

/** A recipe (or anything it includes) is invalid. Carries every problem found, each with file:line:column and key. */
export class RecipeError extends Error {
  readonly problems: RecipeProblem[];
  constructor(problems: RecipeProblem[]) {
    super(problems.map(formatRecipeProblem).join('\n'));
    this.name = 'RecipeError';
    this.problems = problems;
  }
}

export function formatRecipeProblem(p: RecipeProblem): string {
  const key = p.key ? ` ${p.key}:` : '';
  return `${p.file}:${p.line}:${p.column}:${key} ${p.message}`;
}

/** Wrong command-line usage or configuration outside recipes (bad --root, unknown option…). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A model provider failed for good, or a budget ran out. */
export class ProviderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProviderError';
  }
}

/** An invariant broke: a bug in refactor, not in the user's input. */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}
