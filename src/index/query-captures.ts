import type { Node, Query, Tree } from 'web-tree-sitter';
import { runtime, transferBuffer } from './load-grammar.js';
import { handleOf, NODE_INTS, nodeFromInts, writeNodeInts } from './node-ints.js';

/** Numbers per capture: capture id, then the node as web-tree-sitter marshals it (id, start, row, column, handle). */
const FIELDS = 1 + NODE_INTS;

/**
 * A query's captures kept as numbers, with a Node made only for a capture someone asks about.
 *
 * `Query.captures()` makes three objects per capture (the capture, its Node, the Node's position). Pass 1
 * of the Java index captures ~250k nodes on the 500-file bench corpus and reads a fifth of them; the
 * rest cost their making and, kept until linking, the garbage collector's time. Measured there, parse +
 * captures kept on 2 threads: ~2.6 s with objects against ~2.1 s with numbers (median of 6 alternated runs).
 *
 * This calls web-tree-sitter's WebAssembly exports the way its own `captures()` does (same results,
 * in the same order; `test/index/query-captures.test.ts` compares the two), so it depends on the pinned
 * web-tree-sitter version's internals: the transfer-buffer layout and the `[0]` handles of Query,
 * Tree and Node. Queries with text predicates (`#eq?`…, applied in JavaScript) are not supported.
 */
export class CaptureList {
  readonly length: number;

  constructor(
    private readonly tree: Tree,
    private readonly names: readonly string[],
    private readonly data: Int32Array,
  ) {
    this.length = data.length / FIELDS;
  }

  /** The capture's name in the query (`@call` → `call`). */
  name(i: number): string {
    return this.names[this.data[i * FIELDS] as number] as string;
  }

  /** Where the captured node starts (an index into the text, as `Node.startIndex`). */
  start(i: number): number {
    return this.data[i * FIELDS + 2] as number;
  }

  /** The captured node, made now. */
  node(i: number): Node {
    return nodeFromInts(this.tree, this.data, i * FIELDS + 1);
  }
}

/** Runs `query` over the tree from `node` (the root by default), as `query.captures(node)` would. */
export function queryCaptures(query: Query, tree: Tree, node: Node = tree.rootNode): CaptureList {
  const { textPredicates } = query as unknown as { textPredicates: unknown[][] };
  if (textPredicates.some((p) => p.length > 0)) throw new Error('queryCaptures() does not apply text predicates (#eq?, #match?…)');
  const buffer = transferBuffer;
  writeNodeInts(node, runtime.HEAP32, buffer);
  // Whole node, no point or index range, no match limit, any start depth, no timeout.
  runtime._ts_query_captures_wasm(handleOf(query), handleOf(tree), 0, 0, 0, 0, 0, 0, 0xffffffff, 0xffffffff, 0);
  const heap = runtime.HEAP32;
  const count = heap[buffer] as number;
  const start = heap[buffer + 1] as number;
  const data = new Int32Array(count * FIELDS);
  // Per result: pattern index, the match's capture count, which of them this result is, then each
  // capture as (capture id, node).
  let at = start >> 2;
  for (let i = 0; i < count; i++) {
    const captureCount = heap[at + 1] as number;
    const which = heap[at + 2] as number;
    at += 3;
    const capture = at + which * FIELDS;
    // Copied number by number: a subarray() view per capture would be garbage to collect.
    for (let k = 0; k < FIELDS; k++) data[i * FIELDS + k] = heap[capture + k] as number;
    at += captureCount * FIELDS;
  }
  runtime._free(start);
  return new CaptureList(tree, query.captureNames, data);
}
