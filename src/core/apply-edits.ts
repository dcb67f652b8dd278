import { InternalError } from './errors.js';
import type { Span } from './types.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * `text` with non-overlapping edits (`[start, end)` offsets into `text`) applied; only the part
 * inside `within` when given (the edits must then lie inside it).
 *
 * @throws InternalError if an edit is out of range or two edits overlap: whoever made them promised otherwise.
 */
export function applyEdits(text: string, edits: readonly TextEdit[], within: Span = [0, text.length]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = within[0];
  for (const e of sorted) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < at || e.end < e.start || e.end > within[1]) {
      throw new InternalError(`edit [${e.start}, ${e.end}) is out of range or overlaps another (text length ${text.length})`);
    }
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, within[1]);
}
