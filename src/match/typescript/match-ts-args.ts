import type { Resolution } from '../../core/types.js';

/**
 * Checks argument kinds (`string`, `number`, `object`, `array`, `function`, or a type's name) against a
 * rule's `args`. Unknown argument types keep the match at `name-only`; a known mismatch rules it out.
 */
export function matchTsArgs(spec: number | string[] | undefined, args: ReadonlyArray<string[] | undefined>): Resolution | false {
  if (spec === undefined) return 'exact';
  if (typeof spec === 'number') return args.length === spec ? 'exact' : false;
  if (spec.length !== args.length) return false;
  let grade: Resolution = 'exact';
  for (let i = 0; i < spec.length; i++) {
    const pattern = spec[i] ?? '*';
    const kinds = args[i];
    if (pattern === '*') continue;
    if (!kinds) grade = 'name-only';
    else if (!kinds.includes(pattern)) return false;
  }
  return grade;
}
