/**
 * The number of lines in a text, counting `\n` as the line break (as tree-sitter does, so `\r\n` is one
 * break and a lone `\r` is none). A final newline does not start an extra line; an empty text has 0 lines.
 */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let breaks = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) breaks++;
  return text.endsWith('\n') ? breaks : breaks + 1;
}
