import { z } from 'zod';

/**
 * The `match:` vocabulary of recipes. Each matcher kind has an options schema (the single source of
 * truth for its recipe syntax) and the languages it is implemented for. The recipe loader validates
 * `match` against these; the matchers in match/java (and later match/typescript) implement them.
 *
 * Symbol notation:
 * - Java: a fully qualified type name (`java.util.Date`); members as `Type#name` (`java.util.Date#getYear`).
 * - TypeScript/JavaScript: `module#export` for what a module exports (`url#parse`, `buffer#Buffer`; `node:`
 *   prefixes are ignored) and `Type#member` for members of a declared type (`String#substr`,
 *   `NodeJS.Process#binding`).
 * Member names may use `*` (any run of characters) and `|` (alternatives): `java.math.BigDecimal#ROUND_*`,
 * `java.lang.Thread#stop|suspend|resume`.
 */

const JAVA_NAME = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
/** A dotted type name or a module specifier (`fs`, `node:url`, `fs/promises`, `@scope/pkg`). */
const OWNER_NAME = /^(@[\w.-]+\/)?[A-Za-z_$][\w$.:/-]*$/;
const MEMBER_PATTERN = /^[\w$*]+(\|[\w$*]+)*$/;

/** A fully qualified type name such as `java.lang.Integer`. */
export const typeName = z.string().regex(JAVA_NAME, 'a fully qualified type name such as "java.lang.Integer"');

/** `Type#member`, the member part allowing `*` and `a|b`. */
export const memberRef = z
  .string()
  .refine((s) => {
    const [type, member, ...rest] = s.split('#');
    return rest.length === 0 && type !== undefined && OWNER_NAME.test(type) && member !== undefined && MEMBER_PATTERN.test(member);
  }, 'a member reference "Owner#member" such as "java.util.Date#getYear" or "url#parse" (member may use * and |)');

/**
 * Argument shape: a count, or a list of expected argument types (one per argument; `*` is any type).
 * Java: simple or qualified names (`String`, `int`, `java.lang.String`). TS/JS: `string`, `number`,
 * `boolean`, `object`, `array`, `function`, or a type's name. An argument whose type cannot be
 * inferred matches any type, at `name-only` confidence.
 */
export const argsSpec = z.union([z.number().int().min(0), z.array(z.string().min(1))]);

/** Java: a fully qualified type. TS/JS: `module#export` (`buffer#Buffer`) or a global's name. */
const constructedName = z.string().regex(/^(@[\w.-]+\/)?[A-Za-z_$][\w$.:/#-]*$/, 'a type such as "java.lang.Integer" or "buffer#Buffer"');

export const newSpec = z.union([
  constructedName,
  z.strictObject({
    /** The constructed type. */
    type: constructedName,
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

/** Java: a type or a package prefix (`sun.misc.BASE64Encoder`, `junit.framework`). TS/JS: a module (`domain`, `node:sys`). */
export const importSpec = z.string().regex(OWNER_NAME, 'a type, package or module name such as "sun.misc.BASE64Encoder" or "domain"');

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

/**
 * `true`: uses of anything marked deprecated that the tool can see; `project`: only declarations in the
 * scanned tree; `dependencies`: only declarations in dependencies' typings (TS/JS).
 */
export const deprecatedSpec = z.union([z.literal(true), z.enum(['project', 'dependencies'])]);

/** TS/JS: `Type#method`, an instance method resolved through the receiver's type (`String#substr`). */
export const methodSpec = z.union([
  memberRef,
  z.strictObject({
    method: memberRef,
    args: argsSpec.optional(),
  }),
]);

/** A raw tree-sitter query. The capture `@match` (or else the first capture) is the finding's range. */
export const querySpec = z.string().min(1);

/**
 * Every matcher kind with its options schema and the languages it is implemented for.
 * `list: true` kinds also accept a list of options, meaning "any of these".
 */
export const MATCHER_SPECS = {
  new: { schema: newSpec, languages: ['java', 'typescript'], list: true },
  call: { schema: callSpec, languages: ['java', 'typescript'], list: true },
  method: { schema: methodSpec, languages: ['typescript'], list: true },
  member: { schema: memberSpec, languages: ['java', 'typescript'], list: true },
  import: { schema: importSpec, languages: ['java', 'typescript'], list: true },
  annotation: { schema: annotationSpec, languages: ['java'], list: true },
  extends: { schema: extendsSpec, languages: ['java'], list: true },
  overrides: { schema: overridesSpec, languages: ['java'], list: true },
  deprecated: { schema: deprecatedSpec, languages: ['java', 'typescript'], list: false },
  query: { schema: querySpec, languages: ['java', 'typescript'], list: false },
} as const satisfies Record<string, { schema: z.ZodType; languages: readonly string[]; list: boolean }>;

export type MatcherKind = keyof typeof MATCHER_SPECS;

/** The matcher kinds implemented for a language. */
export type MatcherKindFor<L extends string> = {
  [K in MatcherKind]: L extends (typeof MATCHER_SPECS)[K]['languages'][number] ? K : never;
}[MatcherKind];
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
