import { createRequire } from 'node:module';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

/**
 * The parts of web-tree-sitter's Emscripten module that `query-captures.ts` calls directly. Emscripten
 * builds its module on the options object it is given, so Parser.init(runtime) fills this one in.
 */
export interface TreeSitterRuntime {
  /** A view of the WebAssembly memory; replaced when the memory grows, so read it after every call. */
  HEAP32: Int32Array;
  /** Returns the address of the buffer through which nodes and results cross (and writes versions into it). */
  _ts_init(): number;
  _ts_query_captures_wasm(...args: number[]): void;
  _free(address: number): void;
}

/**
 * web-tree-sitter's runtime, started once per thread: a second Parser.init() would replace the module
 * that already loaded languages live in (their version then reads as 0).
 */
export const runtime = {} as TreeSitterRuntime;
await Parser.init(runtime);

const require = createRequire(import.meta.url);

/** Loads a grammar's .wasm shipped in its npm package (e.g. tree-sitter-java/tree-sitter-java.wasm). */
export async function loadGrammar(pkg: string, wasmFile: string): Promise<Language> {
  return Language.load(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), wasmFile));
}
