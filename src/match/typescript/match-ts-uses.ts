import { weakest } from '../../core/weakest.js';
import type { LinkedTsFile, TsUse } from '../../index/index.js';
import type { Hit } from '../hit.js';
import { parseMemberPattern } from '../member-pattern.js';
import { matchTsArgs } from './match-ts-args.js';
import { ownerMatches } from './owner-matches.js';

export interface TsUseSpec {
  /** `owner#name`, the name part with `*` and `|`; or a bare global name. */
  ref: string;
  args?: number | string[] | undefined;
}

/**
 * Uses of `kind` whose owner and name fit one of the specs. With `byReceiverName`, a use whose owner
 * is unknown (an `any` receiver) still matches by name, at `name-only` — the `method` matcher's rule.
 */
export function matchTsUses(file: LinkedTsFile, kind: TsUse['kind'], specs: readonly TsUseSpec[], byReceiverName = false): Hit[] {
  const patterns = specs.map((s) => {
    const ref = s.ref.includes('#') ? s.ref : `#${s.ref}`;
    return { ...parseMemberPattern(ref), args: s.args };
  });
  const hits: Hit[] = [];
  for (const use of file.uses) {
    if (use.kind !== kind) continue;
    for (const p of patterns) {
      if (!p.member.test(use.name)) continue;
      const argGrade = matchTsArgs(p.args, use.args);
      if (argGrade === false) continue;
      if (use.owner === undefined) {
        if (!byReceiverName || p.isAnyMember) continue;
      } else if (!ownerMatches(p.type, use)) continue;
      hits.push({ range: use.range, symbol: `${p.type}#${use.name}`, resolution: weakest(use.grade, argGrade), captures: use.captures });
      break;
    }
  }
  return hits;
}
