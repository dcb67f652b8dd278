/** Where the line holding `offset` starts (`\n` ends a line; a `\r` before it belongs to the line). */
export function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** Just past the newline that ends the line holding `offset`, or the text's end on the last line. */
export function nextLineStartOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}
