import { createRequire } from 'node:module';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

/**
 * web-tree-sitter's runtime, started once per thread: a second Parser.init() would replace the module
 * that already loaded languages live in (their version then reads as 0).
 */
await Parser.init();

const require = createRequire(import.meta.url);

/** Loads a grammar's .wasm shipped in its npm package (e.g. tree-sitter-java/tree-sitter-java.wasm). */
export async function loadGrammar(pkg: string, wasmFile: string): Promise<Language> {
  return Language.load(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), wasmFile));
}
