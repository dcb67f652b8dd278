import type { FileChange } from '../core/types.js';
import { extractJavaFacts } from '../index/java/extract-java-facts.js';
import { extractTsFacts } from '../index/typescript/extract-ts-facts.js';
import { grammarOf } from '../index/typescript/ts-grammar.js';

/** Re-parses each changed file: a change that adds syntax errors fails verification. */
export function verifyByReparsing(changes: readonly FileChange[]): FileChange[] {
  return changes.map((change) => {
    const problems = (text: string) =>
      change.path.endsWith('.java') ? extractJavaFacts(text).problems : extractTsFacts(text, grammarOf(change.path)).problems;
    const before = problems(change.before);
    const after = problems(change.after);
    const checks = [...change.verification.checks, 'reparse'];
    if (after.length <= before.length) return { ...change, verification: { ...change.verification, checks } };
    const first = after.find((p) => !before.some((b) => b.message === p.message)) ?? after[0];
    const where = first ? ` (line ${first.line}:${first.column}: ${first.message})` : '';
    return { ...change, verification: { ok: false, checks, reason: `the change introduces syntax errors${where}` } };
  });
}
