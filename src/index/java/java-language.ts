import Parser from 'tree-sitter';
import Java from 'tree-sitter-java';

const compiled = new Map<string, Parser.Query>();

/** Compiles a tree-sitter query for Java once per process. Throws tree-sitter's error for a bad query. */
export function compileJavaQuery(source: string): Parser.Query {
  let query = compiled.get(source);
  if (!query) {
    query = new Parser.Query(Java, source);
    compiled.set(source, query);
  }
  return query;
}
