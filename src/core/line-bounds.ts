/**
 * Line bounds by one line-ending character: `\n` (the default; a `\r` before it belongs to the line,
 * and git's diffs see lines so) or `\r` for a text whose lines end with a lone `\r` (classic Mac OS).
 */
export type LineBreakChar = '\n' | '\r';

/** Where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number, breakChar: LineBreakChar = '\n'): number {
  return offset <= 0 ? 0 : text.lastIndexOf(breakChar, offset - 1) + 1;
}

/** Just past the line break that ends the line holding `offset`, or the text's end on the last line. */
export function nextLineStartOf(text: string, offset: number, breakChar: LineBreakChar = '\n'): number {
  const newline = text.indexOf(breakChar, offset);
  return newline < 0 ? text.length : newline + 1;
}
