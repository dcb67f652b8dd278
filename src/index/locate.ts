import type { Position, Range } from '../core/types.js';

/** What positions need of a node: both tree-sitter bindings (native and WebAssembly) have these. */
interface LocatableNode {
  startIndex: number;
  endIndex: number;
}

/**
 * Positions of tree-sitter nodes, computed from offsets in JavaScript rather than asked of the native
 * binding node by node (each `startPosition`/`endPosition` is a round trip; on a large tree those
 * round trips cost more than parsing). Columns are UTF-16 code units, like tree-sitter's for string input.
 */
export class Locator {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
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

  positionOf(node: LocatableNode): Position {
    return this.position(startOf(node));
  }

  rangeOf(node: LocatableNode): Range {
    return { start: this.positionOf(node), end: this.position(node.endIndex) };
  }

  /** From `start` to the end of `node`. */
  rangeFrom(start: Position, node: LocatableNode): Range {
    return { start, end: this.position(node.endIndex) };
  }
}

/**
 * A node's start offset. node-tree-sitter 0.25 keeps the start byte in the node's transfer fields
 * (index 2; UTF-16 input, so bytes are twice the offset): reading it saves a native call per node.
 * Checked against the binding once; if the layout ever differs, the binding is asked every time.
 */
export function startOf(node: LocatableNode): number {
  const raw = (node as unknown as Record<number, unknown>)[2];
  if (typeof raw !== 'number') return node.startIndex; // a WebAssembly node: startIndex is a plain field
  if (fastStart === undefined) fastStart = raw >>> 1 === node.startIndex;
  return fastStart ? raw >>> 1 : node.startIndex;
}

let fastStart: boolean | undefined;
