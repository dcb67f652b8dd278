import type { TsUse } from '../../index/index.js';

/**
 * Does a use belong to the owner a rule names? Modules compare without `node:`; a type may be named by
 * its last segments (`Process#binding` for `NodeJS.Process`); an empty owner means a global.
 */
export function ownerMatches(ruleOwner: string, use: TsUse): boolean {
  if (use.owner === undefined) return false;
  const wanted = ruleOwner.replace(/^node:/, '');
  if (use.owner === wanted) return true;
  return use.ownerKind === 'type' && use.owner.endsWith(`.${wanted}`);
}
