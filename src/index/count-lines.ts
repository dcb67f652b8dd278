import { Locator } from './locate.js';

/**
 * The number of lines in a text. A line ends at `\n`, `\r\n` or a lone `\r` (classic Mac OS), as the
 * Java Language Specification (§3.4) and SARIF count them. A final line break does not start an extra
 * line; an empty text has 0 lines.
 */
export function countLines(text: string): number {
  return new Locator(text).lineCount;
}

/** The lines of a text, split where countLines and the Locator see line breaks (the breaks dropped). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
