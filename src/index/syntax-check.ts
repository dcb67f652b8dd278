import type { FileProblem } from '../core/types.js';
import { findSyntaxProblems } from './find-syntax-problems.js';
import { parseJava } from './java/java-language.js';
import { Locator } from './locate.js';

/** A changed text to check, with the text it replaces. */
export interface SyntaxCheck {
  path: string;
  before: string;
  after: string;
}

/** The syntax problems of `after`, and of `before` too when `after` has any (to tell new ones from old). */
export interface SyntaxCheckResult {
  after: Array<Omit<FileProblem, 'path'>>;
  before: Array<Omit<FileProblem, 'path'>>;
}

/** Parses the new text (and the old one only if the new one has errors). */
export async function checkSyntax(check: SyntaxCheck): Promise<SyntaxCheckResult> {
  const after = await syntaxProblems(check.path, check.after);
  return { after, before: after.length === 0 ? [] : await syntaxProblems(check.path, check.before) };
}

async function syntaxProblems(path: string, text: string): Promise<Array<Omit<FileProblem, 'path'>>> {
  // The TS/JS grammars load only when a TS/JS file is checked (a Java-only run never needs them).
  const tree = path.endsWith('.java') ? parseJava(text) : await parseTsText(path, text);
  try {
    return tree.rootNode.hasError ? findSyntaxProblems(tree.rootNode, new Locator(text)) : [];
  } finally {
    tree.delete(); // WebAssembly memory is not garbage-collected
  }
}

async function parseTsText(path: string, text: string) {
  const { grammarOf, parseTs } = await import('./typescript/ts-grammar.js');
  return parseTs(grammarOf(path), text);
}
