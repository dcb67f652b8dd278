/**
 * The number of lines in a text. A line ends at `\n`, `\r\n` or a lone `\r` (classic Mac OS), as the
 * Java Language Specification (§3.4) and SARIF count them. A final line break does not start an extra
 * line; an empty text has 0 lines.
 */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let breaks = 0;
  if (!text.includes('\r')) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) breaks++;
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) breaks++;
    }
  }
  const last = text.charCodeAt(text.length - 1);
  return last === LF || last === CR ? breaks : breaks + 1;
}

const LF = 0x0a;
const CR = 0x0d;

/** The lines of a text, split where countLines and the Locator see line breaks (the breaks dropped). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
