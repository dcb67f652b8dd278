import Parser from 'tree-sitter';
import JavaScript from 'tree-sitter-javascript';
import TypeScript from 'tree-sitter-typescript';

export type TsGrammar = 'typescript' | 'tsx' | 'javascript';

const LANGUAGES: Record<TsGrammar, Parser.Language> = {
  typescript: TypeScript.typescript as Parser.Language,
  tsx: TypeScript.tsx as Parser.Language,
  javascript: JavaScript as Parser.Language,
};

/** The grammar for a file: TS for .ts/.mts/.cts, TSX for .tsx, JavaScript (with JSX) for the rest. */
export function grammarOf(path: string): TsGrammar {
  if (/\.tsx$/i.test(path)) return 'tsx';
  if (/\.[cm]?ts$/i.test(path)) return 'typescript';
  return 'javascript';
}

const parsers = new Map<TsGrammar, Parser>();
const queries = new Map<string, Parser.Query>();

export function parserFor(grammar: TsGrammar): Parser {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(LANGUAGES[grammar]);
    parsers.set(grammar, parser);
  }
  return parser;
}

/** Compiles a query for a grammar once per process. Throws tree-sitter's error for a bad query. */
export function compileTsQuery(grammar: TsGrammar, source: string): Parser.Query {
  const key = `${grammar}\0${source}`;
  let query = queries.get(key);
  if (!query) {
    query = new Parser.Query(LANGUAGES[grammar], source);
    queries.set(key, query);
  }
  return query;
}
