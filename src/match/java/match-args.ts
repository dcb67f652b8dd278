import type { Resolution } from '../../core/types.js';
import type { TypeRef } from '../../index/java/java-resolver.js';
import { matchArgList } from '../match-arg-list.js';

const WIDENS_TO: Readonly<Record<string, readonly string[]>> = {
  short: ['byte', 'short'],
  char: ['char'],
  int: ['byte', 'short', 'char', 'int'],
  long: ['byte', 'short', 'char', 'int', 'long'],
  float: ['byte', 'short', 'char', 'int', 'long', 'float'],
  double: ['byte', 'short', 'char', 'int', 'long', 'float', 'double'],
};

/** Java arguments against a rule's `args`; `int` also accepts `short`, `byte` and `char` (widening). */
export function matchArgs(spec: number | string[] | undefined, args: ReadonlyArray<TypeRef | undefined>): Resolution | false {
  return matchArgList(spec, args, (pattern, arg) => arg.names.some((name) => typeFits(pattern, name)));
}

function typeFits(pattern: string, actual: string): boolean {
  const widening = WIDENS_TO[pattern];
  if (widening) return widening.includes(actual);
  if (pattern === 'byte' || pattern === 'boolean') return actual === pattern;
  if (actual === 'null') return true;
  if (pattern.includes('.')) return pattern === actual;
  return actual === pattern || actual.endsWith(`.${pattern}`);
}
