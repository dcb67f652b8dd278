import type { z } from 'zod';
import { MATCHER_KINDS, MATCHER_SPECS } from '../match/specs.js';
import type { MatcherKind, MatcherOptions, MatchSpec } from '../match/specs.js';
import { nullThrows } from '../core/null-throws.js';

type MatchSpecOf<K extends MatcherKind> = { kind: K; options: MatcherOptions<K>[] };

const each = <T>(schema: z.ZodType<T>, items: unknown[]): T[] => items.map((item) => schema.parse(item));

/**
 * Per kind, validated items → typed options. Spelled out per kind because TypeScript cannot correlate
 * a generic kind with its schema's type; the mapped type makes a new kind in match/specs.ts a compile
 * error here until it is added. Parsing again cannot fail (the recipe schema already passed).
 */
const TO_SPEC: { [K in MatcherKind]: (items: unknown[]) => MatchSpecOf<K> } = {
  new: (items) => ({ kind: 'new', options: each(MATCHER_SPECS.new.schema, items) }),
  call: (items) => ({ kind: 'call', options: each(MATCHER_SPECS.call.schema, items) }),
  method: (items) => ({ kind: 'method', options: each(MATCHER_SPECS.method.schema, items) }),
  member: (items) => ({ kind: 'member', options: each(MATCHER_SPECS.member.schema, items) }),
  import: (items) => ({ kind: 'import', options: each(MATCHER_SPECS.import.schema, items) }),
  annotation: (items) => ({ kind: 'annotation', options: each(MATCHER_SPECS.annotation.schema, items) }),
  extends: (items) => ({ kind: 'extends', options: each(MATCHER_SPECS.extends.schema, items) }),
  overrides: (items) => ({ kind: 'overrides', options: each(MATCHER_SPECS.overrides.schema, items) }),
  deprecated: (items) => ({ kind: 'deprecated', options: each(MATCHER_SPECS.deprecated.schema, items) }),
  query: (items) => ({ kind: 'query', options: each(MATCHER_SPECS.query.schema, items) }),
};

/** A validated `match:` map → its one kind, with options always a list (a single item becomes a list of one). */
export function normaliseMatch(match: Readonly<Record<string, unknown>>): MatchSpec {
  const kind = nullThrows(
    MATCHER_KINDS.find((candidate) => match[candidate] !== undefined),
    'the recipe schema lets through only a match with exactly one kind',
  );
  const value = match[kind];
  const items: unknown[] = MATCHER_SPECS[kind].list && Array.isArray(value) ? value : [value];
  return TO_SPEC[kind](items);
}
