import type { Node } from 'web-tree-sitter';
import type { Position, Range } from '../core/types.js';

/**
 * Positions (line, column, offset) of offsets in one text, and of tree-sitter nodes in it: one line
 * table per file and a binary search, instead of a start and an end point object asked of every node.
 * Columns are UTF-16 code units, like tree-sitter's for string input. Lines end at `\n`, `\r\n` or a
 * lone `\r`, as javac and SARIF viewers count them (tree-sitter's own rows count only `\n`).
 */
export class Locator {
  private readonly lineStarts: number[] = [0];
  /** Lines in the text: a final line break does not start an extra line; an empty text has none. */
  readonly lineCount: number;

  constructor(text: string) {
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.lineStarts.push(i + 1);
      }
    }
    const endsWithBreak = this.lineStarts[this.lineStarts.length - 1] === text.length;
    this.lineCount = this.lineStarts.length - (endsWithBreak ? 1 : 0);
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1, offset };
  }

  positionOf(node: Node): Position {
    return this.position(node.startIndex);
  }

  rangeOf(node: Node): Range {
    return { start: this.positionOf(node), end: this.position(node.endIndex) };
  }

  /** From `start` to the end of `node`. */
  rangeFrom(start: Position, node: Node): Range {
    return { start, end: this.position(node.endIndex) };
  }
}

/** The lines of a text, split where the Locator sees line breaks (the breaks dropped). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
