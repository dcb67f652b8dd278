import type { Resolution } from '../../core/types.js';
import type { TypeRef } from '../../index/java/java-resolver.js';

const WIDENS_TO: Readonly<Record<string, readonly string[]>> = {
  short: ['byte', 'short'],
  char: ['char'],
  int: ['byte', 'short', 'char', 'int'],
  long: ['byte', 'short', 'char', 'int', 'long'],
  float: ['byte', 'short', 'char', 'int', 'long', 'float'],
  double: ['byte', 'short', 'char', 'int', 'long', 'float', 'double'],
};

/**
 * Checks call or constructor arguments against a rule's `args`. Returns the grade the match keeps
 * (`name-only` when an argument's type is unknown), or false when the arguments rule the match out.
 */
export function matchArgs(spec: number | string[] | undefined, args: ReadonlyArray<TypeRef | undefined>): Resolution | false {
  if (spec === undefined) return 'exact';
  if (typeof spec === 'number') return args.length === spec ? 'exact' : false;
  if (spec.length !== args.length) return false;
  let grade: Resolution = 'exact';
  for (let i = 0; i < spec.length; i++) {
    const pattern = spec[i] ?? '*';
    const arg = args[i];
    if (pattern === '*') continue;
    if (!arg) {
      grade = 'name-only';
      continue;
    }
    if (!arg.names.some((name) => typeFits(pattern, name))) return false;
  }
  return grade;
}

function typeFits(pattern: string, actual: string): boolean {
  const widening = WIDENS_TO[pattern];
  if (widening) return widening.includes(actual);
  if (pattern === 'byte' || pattern === 'boolean') return actual === pattern;
  if (actual === 'null') return true;
  if (pattern.includes('.')) return pattern === actual;
  return actual === pattern || actual.endsWith(`.${pattern}`);
}
