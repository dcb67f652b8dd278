import { Node, type Language, type Tree } from 'web-tree-sitter';
import type { TreeSitterRuntime } from './load-grammar.js';
import { handleOf, installNodeHandleGetter, NODE_INTS, nodeFromInts, writeNodeInts } from './node-ints.js';

/**
 * Replaces the `Node` accessors the indexers use most (type, end, parent, children, fields, siblings)
 * with versions that make the same WebAssembly calls but move the node through the transfer buffer
 * with plain typed-array reads and writes. The binding's own go through `setValue`/`getValue`, which
 * switch on a type name and call a DataView per number: five calls to send a node and five more to
 * read one back, each a real call with V8's inlining off (see core/v8-tiering.ts). Measured on
 * the Java bench corpus (212k lines, 2 threads, means of 6 alternated runs): index+match 4.96 s against
 * 5.21 s, its link step 1.61 s against 1.81 s, same findings; faster in 5 of the 6 pairs.
 *
 * Results are the binding's, call for call: `test/index/fast-node-access.test.ts` walks every node of
 * every fixture with a TreeCursor (which marshals on its own path) and compares. Like query-captures.ts,
 * this depends on the pinned web-tree-sitter's internals (the transfer-buffer layout, the `[0]` handles
 * and the `_children`/`_namedChildren` caches). Called once per thread, right after `Parser.init()`,
 * with the binding's transfer buffer as an index into `runtime.HEAP32`.
 */
export function installFastNodeAccess(runtime: TreeSitterRuntime, buffer: number): void {
  installNodeHandleGetter();
  const send = (node: Node) => writeNodeInts(node, runtime.HEAP32, buffer);
  const receive = (tree: Tree): Node | null => (runtime.HEAP32[buffer] === 0 ? null : nodeFromInts(tree, runtime.HEAP32, buffer));
  const receiveList = (tree: Tree): Node[] => {
    const heap = runtime.HEAP32;
    const count = heap[buffer] as number;
    const address = heap[buffer + 1] as number;
    const nodes = new Array<Node>(count);
    for (let i = 0; i < count; i++) nodes[i] = nodeFromInts(tree, heap, (address >> 2) + i * NODE_INTS);
    if (count > 0) runtime._free(address);
    return nodes;
  };
  const fieldIds = new Map<Language, Map<string, number>>();
  const fieldId = (language: Language, name: string): number => {
    let ids = fieldIds.get(language);
    if (!ids) fieldIds.set(language, (ids = new Map()));
    let id = ids.get(name);
    if (id === undefined) ids.set(name, (id = language.fields.indexOf(name)));
    return id;
  };
  const childByField = (node: Node, id: number): Node | null => {
    send(node);
    runtime._ts_node_child_by_field_id_wasm(handleOf(node.tree), id);
    return receive(node.tree);
  };
  const step = (call: (tree: number) => void) =>
    function (this: Node): Node | null {
      send(this);
      call(handleOf(this.tree));
      return receive(this.tree);
    };
  type Cached = Node & { _children?: Node[]; _namedChildren?: Node[] };

  const proto = Node.prototype as Cached;
  const getter = (name: string, get: (this: Cached) => unknown) => Object.defineProperty(proto, name, { get, configurable: true });
  getter('typeId', function () {
    send(this);
    return runtime._ts_node_symbol_wasm(handleOf(this.tree));
  });
  getter('type', function () {
    send(this);
    return this.tree.language.types[runtime._ts_node_symbol_wasm(handleOf(this.tree))] || 'ERROR';
  });
  getter('endIndex', function () {
    send(this);
    return runtime._ts_node_end_index_wasm(handleOf(this.tree));
  });
  getter('parent', step((tree) => runtime._ts_node_parent_wasm(tree)));
  getter('previousSibling', step((tree) => runtime._ts_node_prev_sibling_wasm(tree)));
  getter('nextNamedSibling', step((tree) => runtime._ts_node_next_named_sibling_wasm(tree)));
  getter('firstNamedChild', function () {
    return this.namedChild(0);
  });
  // The binding caches both lists on the node, and so do these.
  const list = (cache: '_children' | '_namedChildren', call: (tree: number) => void) =>
    function (this: Cached): Node[] {
      let nodes = this[cache];
      if (!nodes) {
        send(this);
        call(handleOf(this.tree));
        nodes = this[cache] = receiveList(this.tree);
      }
      return nodes;
    };
  getter('children', list('_children', (tree) => runtime._ts_node_children_wasm(tree)));
  getter('namedChildren', list('_namedChildren', (tree) => runtime._ts_node_named_children_wasm(tree)));
  // child() and namedChild() repeat step()'s three lines rather than share them through an index
  // argument: the getters above are the hottest code of linking, and with the argument (and its
  // default) index+match ran ~6% slower (two alternated series, 11 pairs, 8 slower).
  proto.child = function (index: number) {
    send(this);
    runtime._ts_node_child_wasm(handleOf(this.tree), index);
    return receive(this.tree);
  };
  proto.namedChild = function (index: number) {
    send(this);
    runtime._ts_node_named_child_wasm(handleOf(this.tree), index);
    return receive(this.tree);
  };
  proto.childForFieldId = function (id: number) {
    return childByField(this, id);
  };
  proto.childForFieldName = function (name: string) {
    const id = fieldId(this.tree.language, name);
    return id === -1 ? null : childByField(this, id);
  };
}
