import { createRequire } from 'node:module';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { hookParseInput, type InstantiationHook } from './fast-parse-input.js';
import { installFastNodeAccess } from './install-fast-node-access.js';

/**
 * The parts of web-tree-sitter's Emscripten module that `query-captures.ts` calls directly. Emscripten
 * builds its module on the options object it is given, so Parser.init(runtime) fills this one in.
 */
export interface TreeSitterRuntime {
  /** A view of the WebAssembly memory; replaced when the memory grows, so read it after every call. */
  HEAP32: Int32Array;
  /** Returns the byte address of the buffer through which nodes and results cross (and writes versions into it). */
  _ts_init(): number;
  _ts_query_captures_wasm(...args: number[]): void;
  _free(address: number): void;
  // Node accessors (install-fast-node-access.ts): the node is read from the transfer buffer, and any
  // node or list of nodes they return is written back into it.
  _ts_node_symbol_wasm(tree: number): number;
  _ts_node_end_index_wasm(tree: number): number;
  _ts_node_parent_wasm(tree: number): void;
  _ts_node_prev_sibling_wasm(tree: number): void;
  _ts_node_next_named_sibling_wasm(tree: number): void;
  _ts_node_child_wasm(tree: number, index: number): void;
  _ts_node_named_child_wasm(tree: number, index: number): void;
  _ts_node_child_by_field_id_wasm(tree: number, fieldId: number): void;
  _ts_node_children_wasm(tree: number): void;
  _ts_node_named_children_wasm(tree: number): void;
}

/**
 * web-tree-sitter's runtime, started once per thread: a second Parser.init() would replace the module
 * that already loaded languages live in (their version then reads as 0).
 */
export const runtime = {} as TreeSitterRuntime;
hookParseInput(runtime as unknown as InstantiationHook);
await Parser.init(runtime);
/**
 * Where nodes and results cross between JavaScript and WebAssembly, as an index into `runtime.HEAP32`
 * (the binding's `TRANSFER_BUFFER`; asking for it again only rewrites the versions it already read).
 */
export const transferBuffer = runtime._ts_init() >> 2;
installFastNodeAccess(runtime, transferBuffer);

const require = createRequire(import.meta.url);

/** Loads a grammar's .wasm shipped in its npm package (e.g. tree-sitter-java/tree-sitter-java.wasm). */
export async function loadGrammar(pkg: string, wasmFile: string): Promise<Language> {
  return Language.load(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), wasmFile));
}
