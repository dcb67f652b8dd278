import { Node, type Tree } from 'web-tree-sitter';

/**
 * A web-tree-sitter `Node` from the five numbers the binding marshals a node into (id, start index,
 * start row, start column, handle), read from `ints` at `at` (WebAssembly memory, or a copy of it).
 * The binding's Node constructor is internal; this sets the fields it sets, in the order its class
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
