import type { FileProblem, Language, SkipReason } from '../core/types.js';
import type { LineEnding } from './detect-line-ending.js';
import type { JavaFileDecls, JavaProjectDecls } from './java/facts.js';
import type { JavaWorkspace } from './java/java-workspace.js';
import { readSourceSync } from './read-source.js';
import type { TsFileFacts } from './typescript/facts.js';

/** One file to read and parse: plain data, so it can be sent to a worker thread. */
export interface ParseTask {
  absPath: string;
  path: string;
  language: Language;
  /** Raw tree-sitter queries of the recipe's `query:` rules for this language. */
  queries: string[];
}

export type ParseResult =
  | { ok: false; reason: SkipReason; detail: string }
  | {
      ok: true;
      encoding: string;
      bom: boolean;
      lineEnding: LineEnding;
      lines: number;
      /**
       * What other files can see of a Java file, and its syntax problems. The rest (annotations, query
       * hits, uses) stays with the tree in the thread's JavaWorkspace until linking.
       */
      java?: JavaProjectDecls & Pick<JavaFileDecls, 'problems'>;
      ts?: TsFileFacts;
      /** Set when the parser itself failed (not mere syntax errors, which are in the facts). */
      failure?: Omit<FileProblem, 'path'>;
    };

/** Reads, decodes and parses one file. Never throws for a bad file: the result says what happened. */
export async function parseFile(task: ParseTask, javaWorkspace: JavaWorkspace): Promise<ParseResult> {
  const read = readSourceSync(task.absPath);
  if (!read.ok) return read;
  const base = { ok: true as const, encoding: read.encoding, bom: read.bom, lineEnding: read.lineEnding };
  try {
    if (task.language === 'java') {
      const { package: pkg, imports, types, methods, fields, problems, lines } = javaWorkspace.add(task.path, read.text, task.queries);
      return { ...base, lines, java: { package: pkg, imports, types, methods, fields, problems } };
    }
    const { extractTsFacts, grammarOf } = await tsExtractor();
    const ts = extractTsFacts(read.text, grammarOf(task.path), task.queries);
    return { ...base, lines: ts.lines, ts };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, lines: 0, failure: { kind: 'parse-failed', line: 1, column: 1, message } };
  }
}

/** Loaded on the first TS/JS file: its three grammars are not worth loading in every thread of a Java-only run. */
async function tsExtractor() {
  const [{ extractTsFacts }, { grammarOf }] = await Promise.all([import('./typescript/extract-ts-facts.js'), import('./typescript/ts-grammar.js')]);
  return { extractTsFacts, grammarOf };
}
