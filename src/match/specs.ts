import { z } from 'zod';

/**
 * The `match:` vocabulary of recipes. Each matcher kind has an options schema (the single source of
 * truth for its recipe syntax) and the languages it is implemented for. The recipe loader validates
 * `match` against these; the matchers in match/java (and later match/typescript) implement them.
 *
 * Symbol notation:
 * - Java: a fully qualified type name (`java.util.Date`); members as `Type#name` (`java.util.Date#getYear`).
 *   Member names may use `*` (any run of characters) and `|` (alternatives): `java.math.BigDecimal#ROUND_*`,
 *   `java.lang.Thread#stop|suspend|resume`.
 */

const JAVA_NAME = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
const MEMBER_PATTERN = /^[\w$*]+(\|[\w$*]+)*$/;

/** A fully qualified type name such as `java.lang.Integer`. */
export const typeName = z.string().regex(JAVA_NAME, 'a fully qualified type name such as "java.lang.Integer"');

/** `Type#member`, the member part allowing `*` and `a|b`. */
export const memberRef = z
  .string()
  .refine((s) => {
    const [type, member, ...rest] = s.split('#');
    return rest.length === 0 && type !== undefined && JAVA_NAME.test(type) && member !== undefined && MEMBER_PATTERN.test(member);
  }, 'a member reference "Type#member" such as "java.util.Date#getYear" (member may use * and |)');

/**
 * Argument shape: a count, or a list of expected argument types (one per argument; `*` is any type).
 * Types are simple or qualified names (`String`, `int`, `java.lang.String`); primitives by name.
 * An argument whose type cannot be inferred from syntax matches any type, at `name-only` confidence.
 */
export const argsSpec = z.union([z.number().int().min(0), z.array(z.string().min(1))]);

export const newSpec = z.union([
  typeName,
  z.strictObject({
    /** The constructed type. */
    type: typeName,
    /** Argument count or types; omitted means any constructor. */
    args: argsSpec.optional(),
  }),
]);

export const callSpec = z.union([
  memberRef,
  z.strictObject({
    /** `Type#method`; static and instance calls, and calls inherited by subclasses. */
    method: memberRef,
    args: argsSpec.optional(),
  }),
]);

export const memberSpec = memberRef;

/** A type or a package prefix: `sun.misc.BASE64Encoder`, `junit.framework`. */
export const importSpec = typeName;

export const annotationSpec = z.union([
  typeName,
  z.strictObject({
    type: typeName,
    /** Only annotations that set one of these attributes, e.g. `[expected, timeout]`. */
    attributes: z.array(z.string().min(1)).min(1).optional(),
  }),
]);

export const extendsSpec = typeName;

export const overridesSpec = z.union([
  memberRef,
  z.strictObject({
    method: memberRef,
    /** Parameter count of the overriding method. */
    params: z.number().int().min(0).optional(),
  }),
]);

export const deprecatedSpec = z.literal(true);

/** A raw tree-sitter query. The capture `@match` (or else the first capture) is the finding's range. */
export const querySpec = z.string().min(1);

/**
 * Every matcher kind with its options schema and the languages it is implemented for.
 * `list: true` kinds also accept a list of options, meaning "any of these".
 */
export const MATCHER_SPECS = {
  new: { schema: newSpec, languages: ['java'], list: true },
  call: { schema: callSpec, languages: ['java'], list: true },
  member: { schema: memberSpec, languages: ['java'], list: true },
  import: { schema: importSpec, languages: ['java'], list: true },
  annotation: { schema: annotationSpec, languages: ['java'], list: true },
  extends: { schema: extendsSpec, languages: ['java'], list: true },
  overrides: { schema: overridesSpec, languages: ['java'], list: true },
  deprecated: { schema: deprecatedSpec, languages: ['java'], list: false },
  query: { schema: querySpec, languages: ['java'], list: false },
} as const satisfies Record<string, { schema: z.ZodType; languages: readonly string[]; list: boolean }>;

export type MatcherKind = keyof typeof MATCHER_SPECS;
export const MATCHER_KINDS = Object.keys(MATCHER_SPECS) as MatcherKind[];

/** The options of one matcher kind, as written in a recipe (one item). */
export type MatcherOptions<K extends MatcherKind> = z.infer<(typeof MATCHER_SPECS)[K]['schema']>;

/**
 * A rule's `match:` after validation and normalisation: exactly one matcher kind, with its options
 * always as a non-empty list (a single item in the recipe becomes a list of one).
 */
export type MatchSpec = {
  [K in MatcherKind]: { kind: K; options: MatcherOptions<K>[] };
}[MatcherKind];
