import { InternalError } from '../core/errors.js';
import type { Edit, FileChange } from '../core/types.js';
import { applyEdits } from '../core/apply-edits.js';
import { directoryGroupOf } from './directory-group-of.js';
import { ruleGroupOf } from './group-of-edit.js';
import type { GroupBy } from './types.js';

/** The part of one file's change that belongs to one group: `after` is `before` with only `edits` applied. */
export interface ChangeSlice {
  group: string;
  after: string;
  edits: Edit[];
}

/**
 * Splits a file's change by group. By directory or file a change is one slice (`before` → `after`). By
 * rule, each rule's slice is `before` with only that rule's edits applied, so that each group's patch
 * applies on its own to a pristine tree.
 *
 * @throws InternalError if, grouping by rule, the edits do not turn `before` into `after`: per-rule
 * patches would then not add up to the change that was verified.
 */
export function sliceChange(change: FileChange, groupBy: GroupBy): ChangeSlice[] {
  if (groupBy === 'file') return [{ group: change.path, after: change.after, edits: change.edits }];
  if (groupBy === 'directory') return [{ group: directoryGroupOf(change.path), after: change.after, edits: change.edits }];
  if (applyEdits(change.before, change.edits) !== change.after) {
    throw new InternalError(
      `The edits of ${change.path} do not turn its text before into its text after; cannot split the change by rule`,
    );
  }
  const byGroup = new Map<string, Edit[]>();
  for (const edit of change.edits) {
    const group = ruleGroupOf(edit);
    const list = byGroup.get(group);
    if (list) list.push(edit);
    else byGroup.set(group, [edit]);
  }
  return [...byGroup].map(([group, edits]) => ({ group, edits, after: applyEdits(change.before, edits) }));
}
