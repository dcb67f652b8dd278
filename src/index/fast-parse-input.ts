import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** web-tree-sitter's input buffer, in bytes (its `INPUT_BUFFER_SIZE`), and so the most UTF-16 units one read passes. */
const INPUT_BUFFER_BYTES = 10 * 1024;
const MAX_UNITS = (INPUT_BUFFER_BYTES - 2) / 2;

// The project's TypeScript libraries do not declare WebAssembly; the little used here is declared so.
declare const WebAssembly: { instantiate(binary: Uint8Array, imports: object): Promise<{ instance: object; module: object }> };

/** The part of Emscripten's module options this hooks into, and what web-tree-sitter sets on it. */
export interface InstantiationHook {
  instantiateWasm?: (imports: WasmImports, done: (instance: object, module: object) => void) => object;
  /** Set by Parser.parse() for the duration of a parse: the text from an index on. */
  currentParseCallback?: ((index: number, position: { row: number; column: number }) => string | undefined) | null;
}

type WasmImports = Record<string, Record<string, unknown>> & { env: Record<string, unknown> & { memory: { readonly buffer: ArrayBuffer } } };

/**
 * Makes web-tree-sitter read the text it parses with one native copy per read instead of a JavaScript
 * loop. Its runtime imports `tree_sitter_parse_callback`, which writes up to 5,119 UTF-16 units of the
 * text into WebAssembly memory whenever the lexer moves past what it has: one call per unit through a
 * DataView, 10.5M units for the 8M characters of the Java bench corpus (~2% of a `--jobs 1` run's
 * profile samples; ~0.3% this way). Emscripten lets the module's options instantiate the
 * WebAssembly themselves; this does it as Emscripten would, with that one import replaced by a
 * `Buffer.write` into the same place, with the same length and terminator.
 *
 * Set on the options object before `Parser.init(options)`. Like query-captures.ts, this depends on the
 * pinned web-tree-sitter's internals (the import's name and contract); every parse in the tests goes
 * through it, and `test/index/fast-parse-input.test.ts` parses texts longer than one read, with
 * non-ASCII and astral characters.
 */
export function hookParseInput(options: InstantiationHook): void {
  const require = createRequire(import.meta.url);
  const binary = readFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'));
  options.instantiateWasm = (imports, done) => {
    const memory = imports.env.memory;
    imports.env.tree_sitter_parse_callback = (inputBuffer: number, index: number, row: number, column: number, lengthAddress: number) => {
      const text = options.currentParseCallback?.(index, { row, column });
      const heap = Buffer.from(memory.buffer);
      if (typeof text !== 'string') {
        heap.writeInt32LE(0, lengthAddress);
        return;
      }
      heap.writeInt32LE(text.length, lengthAddress);
      const units = Math.min(text.length, MAX_UNITS);
      heap.write(units < text.length ? text.slice(0, units) : text, inputBuffer, units * 2, 'utf16le');
      heap.writeUInt16LE(0, inputBuffer + units * 2);
    };
    // Emscripten's hook has no way to report failure: a failed start surfaces as an unhandled rejection
    // (which ends the process with this message) rather than as a Parser.init() that never settles.
    void WebAssembly.instantiate(binary, imports).then(
      ({ instance, module }) => done(instance, module),
      (error: unknown) => {
        throw new Error(`web-tree-sitter's WebAssembly could not start: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return {};
  };
}
