export type LineEnding = 'lf' | 'crlf' | 'mixed' | 'none';

/**
 * Which line breaks a text uses, judged by its `\n`s: `crlf` when every one follows a `\r`, `lf` when
 * none does, `mixed` otherwise, `none` without any. Lone `\r` (classic Mac) is not a line break here,
 * matching countLines and tree-sitter's rows.
 */
export function detectLineEnding(text: string): LineEnding {
  let lf = 0;
  let crlf = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    if (index > 0 && text.charCodeAt(index - 1) === 0x0d) crlf++;
    else lf++;
  }
  if (lf === 0 && crlf === 0) return 'none';
  if (lf === 0) return 'crlf';
  if (crlf === 0) return 'lf';
  return 'mixed';
}
