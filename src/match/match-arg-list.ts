import type { Resolution } from '../core/types.js';

/**
 * Checks arguments against a rule's `args`: a count, or one type pattern per argument (`*` is any).
 * Returns the grade the match keeps — `name-only` when an argument's type is unknown — or false when
 * a known argument rules the match out. `fits` says whether a known argument fits a pattern.
 */
export function matchArgList<T>(
  spec: number | string[] | undefined,
  args: ReadonlyArray<T | undefined>,
  fits: (pattern: string, arg: T) => boolean,
): Resolution | false {
  if (spec === undefined) return 'exact';
  if (typeof spec === 'number') return args.length === spec ? 'exact' : false;
  if (spec.length !== args.length) return false;
  let grade: Resolution = 'exact';
  for (let i = 0; i < spec.length; i++) {
    const pattern = spec[i] ?? '*';
    const arg = args[i];
    if (pattern === '*') continue;
    if (arg === undefined) grade = 'name-only';
    else if (!fits(pattern, arg)) return false;
  }
  return grade;
}
