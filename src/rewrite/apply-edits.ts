import type { Span } from '../core/types.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * `text` with non-overlapping edits applied; only the part inside `within` when given (edits must
 * then lie inside it). Edits are offsets into the original text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[], within: Span = [0, text.length]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = within[0];
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, within[1]);
}
