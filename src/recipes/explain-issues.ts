import type { z } from 'zod';
import { allowedKeysAt } from './allowed-keys-at.js';
import { describeValue } from './describe-value.js';
import { didYouMean } from './did-you-mean.js';
import type { PathTarget } from './locate-path.js';
import { isSentence } from './sentence.js';

/** A schema issue in recipe words, with the key path it belongs to and what in the YAML to point at. */
export interface ExplainedIssue {
  path: PropertyKey[];
  message: string;
  target: PathTarget;
}

/**
 * Turns zod issues (parsed with `describeExpected`, so messages name what was expected) into messages
 * that say what was expected, what was found and, where we can tell, how to fix it. Unknown keys get a
 * did-you-mean from the keys `schema` allows there; union failures are narrowed to the branch the value
 * was evidently meant for, so `args: "x"` inside `new: {…}` is reported at `args`, not at `new`.
 */
export function explainIssues(issues: readonly z.core.$ZodIssue[], schema: z.core.$ZodType): ExplainedIssue[] {
  const explained: ExplainedIssue[] = [];
  const visit = (issue: z.core.$ZodIssue, prefix: PropertyKey[]): void => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, path);
      for (const key of issue.keys) explained.push({ path: [...path, key], message: unknownKey(key, path, allowed), target: 'key' });
      return;
    }
    const branch = issue.code === 'invalid_union' ? narrowed(issue.errors) : undefined;
    if (branch) for (const inner of branch) visit(inner, path);
    else explained.push({ path, message: explainValue(issue, path), target: 'value' });
  };
  for (const issue of issues) visit(issue, []);
  return explained.filter(
    (item, index) => explained.findIndex((other) => other.message === item.message && sameKeyPath(other.path, item.path)) === index,
  );
}

/** The one branch whose failure is not "the value has another type altogether", if there is exactly one. */
function narrowed(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  const candidates = branches.filter((branch) => !isTypeMismatch(branch));
  return candidates.length === 1 ? candidates[0] : undefined;
}

function isTypeMismatch(branch: readonly z.core.$ZodIssue[]): boolean {
  const [issue, ...rest] = branch;
  if (!issue || rest.length > 0 || issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return issue.input !== undefined;
  return issue.code === 'invalid_union' && issue.errors.every(isTypeMismatch);
}

function unknownKey(key: string, path: readonly PropertyKey[], allowed: readonly string[]): string {
  const what = path.at(-1) === 'match' ? 'matcher kind' : 'key';
  const suggestion = didYouMean(key, allowed);
  if (suggestion) return `unknown ${what} "${key}"; did you mean "${suggestion}"?`;
  return `unknown ${what} "${key}"; use one of: ${allowed.join(', ')}`;
}

function explainValue(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): string {
  if (issue.code === 'custom' && isSentence(issue.params)) return issue.message;
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `missing required key "${String(path.at(-1))}"`;
  }
  const message = `expected ${issue.message}, got ${describeValue(issue.input)}`;
  if (issue.code === 'invalid_type' && issue.expected === 'array' && typeof issue.input === 'string') {
    return `${message}; write it as a list: [${JSON.stringify(issue.input)}]`;
  }
  if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
    const suggestion = didYouMean(issue.input, issue.values.map(String));
    if (suggestion) return `${message}; did you mean "${suggestion}"?`;
  }
  return message;
}

function sameKeyPath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}
