import type { JavaWants } from '../../index/java/file-wants.js';
import type { Recipe } from '../../recipes/index.js';
import { parseMemberPattern } from '../member-pattern.js';

/**
 * Which Java uses the recipe's rules can match, so that the index extracts and links only those: the
 * names `call`, `member` and `new` rules ask for, the owners of `Type#*` rules, and whether a
 * `deprecated: true` rule wants uses of the project's deprecated declarations.
 */
export function javaWantsOf(recipe: Recipe): JavaWants {
  const wants: JavaWants = { calls: [], members: [], creations: [], anyCallOwners: [], anyMemberOwners: [], deprecated: false, overrides: [] };
  for (const rule of recipe.rules) {
    if (rule.language !== 'java') continue;
    const m = rule.match;
    if (m.kind === 'deprecated') wants.deprecated = true;
    else if (m.kind === 'new') {
      for (const o of m.options) {
        const type = typeof o === 'string' ? o : o.type;
        wants.creations.push(type.slice(type.lastIndexOf('.') + 1));
      }
    } else if (m.kind === 'overrides') {
      for (const o of m.options) wants.overrides.push(parseMemberPattern(typeof o === 'string' ? o : o.method).member.source);
    } else if (m.kind === 'call' || m.kind === 'member') {
      for (const o of m.options) {
        const pattern = parseMemberPattern(typeof o === 'string' ? o : o.method);
        if (pattern.isAnyMember) (m.kind === 'call' ? wants.anyCallOwners : wants.anyMemberOwners).push(pattern.type);
        else (m.kind === 'call' ? wants.calls : wants.members).push(pattern.member.source);
      }
    }
  }
  return wants;
}
