import { Parser, Query, type Tree } from 'web-tree-sitter';
import { loadGrammar } from '../load-grammar.js';

/**
 * Java is parsed with tree-sitter's WebAssembly binding (web-tree-sitter) and the grammar's own .wasm.
 * Measured on 212k lines: parsing is ~25% slower than the native binding, but every node touched
 * afterwards costs a fraction (no N-API round trip, no BigInt id), and extraction touches many:
 * parse + captures + field reads took 3.9 s against ~11 s natively.
 */
const JAVA = await loadGrammar('tree-sitter-java', 'tree-sitter-java.wasm');
const parser = new Parser();
parser.setLanguage(JAVA);

const compiled = new Map<string, Query>();

/** Parses Java text. The tree lives in WebAssembly memory: call `tree.delete()` when done with it. */
export function parseJava(text: string): Tree {
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/** Compiles a tree-sitter query for Java once per process. Throws tree-sitter's error for a bad query. */
export function compileJavaQuery(source: string): Query {
  let query = compiled.get(source);
  if (!query) {
    query = new Query(JAVA, source);
    compiled.set(source, query);
  }
  return query;
}
