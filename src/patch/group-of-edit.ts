import type { Edit } from '../core/types.js';

/** The group an edit falls under when patches are grouped by rule when it names none (should not happen). */
export const NO_RULE_GROUP = 'no-rule';

/** An edit that fixes several rules (a fix inside a fix) belongs to its first rule's group. */
export function ruleGroupOf(edit: Edit): string {
  return edit.ruleIds[0] ?? NO_RULE_GROUP;
}
