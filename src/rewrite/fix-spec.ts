import { z } from 'zod';
import { TEMPLATE_ERROR, templateProblem } from './template.js';

/**
 * The `fix:` vocabulary of recipe rules. A fix is one case or a list of cases; the first case whose
 * `when` holds for a finding gives its replacement. When none holds, the finding has no
 * deterministic fix (it is left for triage).
 *
 *   fix: "$TYPE.valueOf($ARGS)"                     # replace the matched expression
 *   fix: { rename: isJavaIdentifierStart }          # replace only the name
 *   fix:
 *     - when: { args: 1, arg1: number }
 *       to: "Buffer.alloc($ARG1)"
 *     - when: { arg1: [string, array] }
 *       to: "Buffer.from($ARGS)"
 */

const template = z.string().min(1).refine((t) => templateProblem(t) === undefined, { error: TEMPLATE_ERROR });

/** Kinds (`string`, `int`, `String`, `object`…) or a detailed check of one argument. */
const argCondition = z.union([
  z.string().min(1),
  z.array(z.string().min(1)).min(1),
  z.strictObject({
    /** The argument's type is one of these kinds. */
    type: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    /** The argument is written as a literal of this kind. */
    literal: z.enum(['integer', 'non-negative-integer', 'string', 'number']).optional(),
    /** The argument's text matches / does not match this regular expression. */
    text: z.string().optional(),
    not_text: z.string().optional(),
  }),
]);

const ARG_KEYS = ['arg1', 'arg2', 'arg3', 'arg4', 'arg5', 'arg6', 'arg7', 'arg8', 'arg9'] as const;

export const whenSchema = z.strictObject({
  /** The matched name (method, field, annotation…) fits this pattern (`*` and `|` allowed). */
  name: z.string().min(1).optional(),
  /** Exactly this many arguments. */
  args: z.number().int().min(0).optional(),
  /** `true`: the call has a receiver (`a.f()`); `false`: it has none (`f()`); a string: the receiver's text matches it. */
  receiver: z.union([z.boolean(), z.string()]).optional(),
  ...Object.fromEntries(ARG_KEYS.map((k) => [k, argCondition.optional()])),
});

export const importsSchema = z.union([
  z.array(z.string().min(1)),
  z.strictObject({
    /** Imports the fixed code needs (added once per file, unless already there). */
    add: z.array(z.string().min(1)).optional(),
    /** Imports the fix makes unused: removed when nothing in the file uses their name any more. */
    remove: z.array(z.string().min(1)).optional(),
  }),
]);

export const fixCaseSchema = z
  .strictObject({
    when: whenSchema.optional(),
    /** Replaces the whole matched expression. Variables: $TEXT $NAME $RECEIVER $CALLEE $TYPE $ARGS $ARG1…$ARG9, ${VAR/regex/replacement/}, $(ARG1 + ARG2). */
    to: template.optional(),
    /** Replaces only the matched name (method, field or type name). */
    rename: z.string().regex(/^[A-Za-z_$][\w$]*$/, 'an identifier').optional(),
    imports: importsSchema.optional(),
  })
  .refine((c) => (c.to === undefined) !== (c.rename === undefined), { error: 'exactly one of to: or rename:' });

export const fixSchema = z.union([template, fixCaseSchema, z.array(fixCaseSchema).min(1)]);

export type FixInput = z.infer<typeof fixSchema>;
type CaseInput = z.infer<typeof fixCaseSchema>;
type ArgConditionInput = z.infer<typeof argCondition>;

export interface ArgCondition {
  types?: string[];
  literal?: 'integer' | 'non-negative-integer' | 'string' | 'number';
  text?: RegExp;
  notText?: RegExp;
}

export interface FixCase {
  when: { name?: string; args?: number; receiver?: boolean | RegExp; argN: Array<ArgCondition | undefined> };
  action: { to: string } | { rename: string };
  imports: { add: string[]; remove: string[] };
}

/** A rule's fix after validation: always a list of cases. */
export interface Fix {
  cases: FixCase[];
}

export function normaliseFix(input: FixInput): Fix {
  const cases = typeof input === 'string' ? [{ to: input }] : Array.isArray(input) ? input : [input];
  return { cases: cases.map(normaliseCase) };
}

function normaliseCase(input: CaseInput): FixCase {
  const when = (input.when ?? {}) as Record<string, unknown> & { name?: string; args?: number; receiver?: boolean | string };
  const imports = input.imports === undefined ? {} : Array.isArray(input.imports) ? { add: input.imports } : input.imports;
  return {
    when: {
      ...(when.name === undefined ? {} : { name: when.name }),
      ...(when.args === undefined ? {} : { args: when.args }),
      ...(when.receiver === undefined ? {} : { receiver: typeof when.receiver === 'string' ? new RegExp(when.receiver) : when.receiver }),
      argN: ARG_KEYS.map((k) => normaliseArg(when[k] as ArgConditionInput | undefined)),
    },
    action: input.to !== undefined ? { to: input.to } : { rename: input.rename ?? '' },
    imports: { add: imports.add ?? [], remove: imports.remove ?? [] },
  };
}

function normaliseArg(input: ArgConditionInput | undefined): ArgCondition | undefined {
  if (input === undefined) return undefined;
  if (typeof input === 'string') return { types: [input] };
  if (Array.isArray(input)) return { types: input };
  return {
    ...(input.type === undefined ? {} : { types: Array.isArray(input.type) ? input.type : [input.type] }),
    ...(input.literal === undefined ? {} : { literal: input.literal }),
    ...(input.text === undefined ? {} : { text: new RegExp(input.text) }),
    ...(input.not_text === undefined ? {} : { notText: new RegExp(input.not_text) }),
  };
}
