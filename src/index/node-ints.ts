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
  ints[at + 4] = nodeHandleOf(node);
}

/** A node made by nodeFromInts: its handle is a named property, not the binding's `[0]` element. */
type OwnNode = Node & { _handle: number; _children?: unknown; _namedChildren?: unknown };

/**
 * A `Node` made from the five numbers at `at` in `ints` (WebAssembly memory, or a copy of it). The
 * binding's Node constructor is internal; this sets the fields it sets, except that the handle the
 * binding keeps in the element `[0]` is kept in `_handle`: the first element stored on a fresh object
 * makes V8 allocate an elements store (17 slots) and change its elements kind, and making nodes that
 * way took ~5 times as long (1M nodes: ~200-280 ms against ~40-50 ms). `[0]` still reads the handle,
 * through the getter installNodeHandleGetter() puts on Node.prototype, for the binding's own code.
 */
export function nodeFromInts(tree: Tree, ints: Int32Array, at: number): Node {
  const node = Object.create(Node.prototype) as OwnNode;
  node._handle = ints[at + 4] as number;
  node._children = undefined;
  node._namedChildren = undefined;
  node.id = ints[at] as number;
  node.startIndex = ints[at + 1] as number;
  node.startPosition = { row: ints[at + 2] as number, column: ints[at + 3] as number };
  node.tree = tree;
  return node;
}

/**
 * Lets the binding read a handle where it expects it (`node[0]`) on nodes made by nodeFromInts. Its
 * own nodes keep `[0]` as their own element, which comes before this getter. Once per thread.
 */
export function installNodeHandleGetter(): void {
  Object.defineProperty(Node.prototype, 0, {
    get(this: OwnNode) {
      return this._handle;
    },
    configurable: true,
  });
}

/** The address of a node's WebAssembly counterpart, whichever made it. */
export function nodeHandleOf(node: Node): number {
  const own = (node as OwnNode)._handle;
  return own !== undefined ? own : handleOf(node);
}

/** The address of the binding object's WebAssembly counterpart (its `[0]`). */
export function handleOf(o: Node | Tree | Query): number {
  return (o as unknown as { 0: number })[0];
}
