import { InternalError } from '../core/errors.js';
import type { Edit } from '../core/types.js';

/**
 * Applies edits (non-overlapping `[start, end)` ranges of `text`) and returns the new text. Edits are
 * applied from the end backwards so that earlier offsets stay valid.
 *
 * @throws InternalError if an edit is out of range or two edits overlap: the rewrite stage promised otherwise.
 */
export function applyEdits(text: string, edits: readonly Edit[], file: string): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = text;
  let limit = text.length;
  for (let index = sorted.length - 1; index >= 0; index--) {
    const edit = sorted[index];
    if (edit === undefined) continue;
    if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < 0 || edit.start > edit.end) {
      throw new InternalError(`Edit [${edit.start}, ${edit.end}) in ${file} is not a valid range`);
    }
    if (edit.end > limit) {
      const why = limit === text.length ? `past the end (${text.length})` : 'overlapping the next edit';
      throw new InternalError(`Edit [${edit.start}, ${edit.end}) in ${file} is ${why}`);
    }
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}
