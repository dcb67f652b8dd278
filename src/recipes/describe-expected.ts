import { z } from 'zod';
import { argsSpec, MATCHER_KINDS, MATCHER_SPECS } from '../match/specs.js';
import { ARGS_FORMS, MATCHER_DOCS } from './matcher-docs.js';

/** Union schemas from match/specs.ts, with the forms they accept in words. */
const UNION_FORMS = new Map<unknown, string>([
  [argsSpec, ARGS_FORMS],
  ...MATCHER_KINDS.map((kind): [unknown, string] => [MATCHER_SPECS[kind].schema, MATCHER_DOCS[kind].forms]),
]);

const TYPE_NOUNS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
};

/**
 * A zod error map that names what a value should have been, as a noun phrase ("a list", "one of
 * info, minor, …"). Schemas in recipes/ and match/ follow the same convention in their own messages,
 * so every issue can be completed uniformly into "expected …, got …" (see explain-issues.ts).
 */
export const describeExpected: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NOUNS[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return describeBound(issue.origin, issue.minimum, 'at least');
    case 'too_big':
      return describeBound(issue.origin, issue.maximum, 'at most');
    case 'invalid_format':
      return issue.pattern ? `a string matching ${issue.pattern}` : `a valid ${issue.format}`;
    case 'invalid_union':
      return UNION_FORMS.get(issue.inst) ?? 'a value of one of the accepted forms';
    default:
      return 'a valid value';
  }
};

function describeBound(origin: string, bound: number | bigint, word: string): string {
  if (origin === 'string' && bound === 1 && word === 'at least') return 'a non-empty string';
  if (origin === 'array' && bound === 1 && word === 'at least') return 'a non-empty list';
  if (origin === 'array') return `a list of ${word} ${bound} items`;
  if (origin === 'string') return `a string of ${word} ${bound} characters`;
  return `a number ${word === 'at least' ? '>=' : '<='} ${bound}`;
}
