import type { Resolution } from '../../core/types.js';
import { matchArgList } from '../match-arg-list.js';

/** TS/JS argument kinds (`string`, `number`, `object`, `array`, `function`, a type's name) against a rule's `args`. */
export function matchTsArgs(spec: number | string[] | undefined, args: ReadonlyArray<string[] | undefined>): Resolution | false {
  return matchArgList(spec, args, (pattern, kinds) => kinds.includes(pattern));
}
