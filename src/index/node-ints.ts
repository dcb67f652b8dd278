import { Node, type Query, type Tree } from 'web-tree-sitter';

/**
 * A node as web-tree-sitter moves it through WebAssembly memory: five numbers (id, start index, start
 * row, start column, handle). Both ways are here, for the code that calls the binding's WebAssembly
 * exports itself (query-captures.ts, install-fast-node-access.ts).
 */

/** Numbers per node. */
export const NODE_INTS = 5;

/** The node written as its five numbers into `ints` at `at`. */
export function writeNodeInts(node: Node, ints: Int32Array, at: number): void {
  ints[at] = node.id;
  ints[at + 1] = node.startIndex;
  ints[at + 2] = node.startPosition.row;
  ints[at + 3] = node.startPosition.column;
  ints[at + 4] = handleOf(node);
}

/**
 * A `Node` made from the five numbers at `at` in `ints` (WebAssembly memory, or a copy of it). The
 * binding's Node constructor is internal; this sets the fields it sets, in the order its class
 * declares them, so that V8 lays out nodes made here like the binding's own.
 */
export function nodeFromInts(tree: Tree, ints: Int32Array, at: number): Node {
  const node = Object.create(Node.prototype) as Node & { 0: number; _children?: unknown; _namedChildren?: unknown };
  node[0] = ints[at + 4] as number;
  node._children = undefined;
  node._namedChildren = undefined;
  node.id = ints[at] as number;
  node.startIndex = ints[at + 1] as number;
  node.startPosition = { row: ints[at + 2] as number, column: ints[at + 3] as number };
  node.tree = tree;
  return node;
}

/** The address of the binding object's WebAssembly counterpart (its `[0]`). */
export function handleOf(o: Node | Tree | Query): number {
  return (o as unknown as { 0: number })[0];
}
