import { weakest } from '../../core/weakest.js';
import type { JavaUse, LinkedJavaFile } from '../../index/java/index.js';
import type { Hit } from '../hit.js';
import { matchArgs } from './match-args.js';
import { parseMemberPattern } from '../member-pattern.js';
import { usesByName } from './uses-by-name.js';

interface MemberSpec {
  ref: string;
  args?: number | string[] | undefined;
}

/**
 * Calls (`kind: 'call'`) or field uses (`kind: 'member'`) of `Type#name`. A use matches when the
 * member it binds to belongs to the type or is inherited from it by the receiver's type; a use bound
 * to a project declaration of the same name (an override) does not. With an unknown receiver, the
 * name and argument shape alone decide, at `name-only` confidence.
 */
export function matchMemberUses(file: LinkedJavaFile, kind: JavaUse['kind'], specs: readonly MemberSpec[]): Hit[] {
  const hits: Hit[] = [];
  const patterns = specs.map((s) => ({ ...parseMemberPattern(s.ref), args: s.args }));
  const uses: JavaUse[] = [];
  for (const [name, named] of usesByName(file, kind)) if (patterns.some((p) => p.member.test(name))) uses.push(...named);
  uses.sort((a, b) => a.range.start.offset - b.range.start.offset);
  for (const use of uses) {
    for (const p of patterns) {
      if (!p.member.test(use.name)) continue;
      const argGrade = matchArgs(p.args, use.args);
      if (argGrade === false) continue;
      const owner = use.owner;
      if (!owner) {
        if (p.isAnyMember) continue;
        hits.push({ range: use.range, symbol: `${p.type}#${use.name}`, resolution: 'name-only', captures: use.captures });
        break;
      }
      const boundElsewhere = use.decl !== undefined && use.decl.owner !== p.type;
      const via = owner.closure[p.type];
      if (boundElsewhere || via === undefined) continue;
      hits.push({ range: use.range, symbol: `${p.type}#${use.name}`, resolution: weakest(weakest(owner.grade, via), argGrade), captures: use.captures });
      break;
    }
  }
  return hits;
}
