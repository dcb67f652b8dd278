import type { FileChange } from '../core/types.js';
import { findSyntaxProblems } from '../index/find-syntax-problems.js';
import { parseJava } from '../index/java/java-language.js';
import { grammarOf, parseTs } from '../index/typescript/ts-grammar.js';

/**
 * Re-parses each changed file: a change that adds syntax errors fails verification. Only the new
 * text is parsed, and only a tree with errors is walked (to compare with the original's).
 */
export function verifyByReparsing(changes: readonly FileChange[]): FileChange[] {
  return changes.map((change) => {
    const checks = [...change.verification.checks, 'reparse'];
    const now = syntaxProblems(change.path, change.after);
    if (now.length === 0) return { ...change, verification: { ...change.verification, checks } };
    const was = syntaxProblems(change.path, change.before);
    if (now.length <= was.length) return { ...change, verification: { ...change.verification, checks } };
    const first = now.find((p) => !was.some((b) => b.message === p.message)) ?? now[0];
    const where = first ? ` (line ${first.line}:${first.column}: ${first.message})` : '';
    return { ...change, verification: { ok: false, checks, reason: `the change introduces syntax errors${where}` } };
  });
}

function syntaxProblems(path: string, text: string) {
  const tree = path.endsWith('.java') ? parseJava(text) : parseTs(grammarOf(path), text);
  try {
    return tree.rootNode.hasError ? findSyntaxProblems(tree.rootNode) : [];
  } finally {
    tree.delete(); // WebAssembly memory is not garbage-collected
  }
}
