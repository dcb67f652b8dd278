import type { FileChange } from '../core/types.js';
import { openParsePool } from '../index/index.js';

/**
 * Re-parses each changed file: a change that adds syntax errors fails verification. Only the new
 * text is parsed, and the original only when the new one has errors (to compare). Many changes are
 * parsed in the index's worker threads (`jobs`, as for indexing).
 */
export async function verifyByReparsing(changes: readonly FileChange[], jobs?: number): Promise<FileChange[]> {
  const pool = openParsePool(changes.length, jobs);
  let results;
  try {
    results = await pool.checkSyntax(changes.map((c) => ({ path: c.path, before: c.before, after: c.after })));
  } finally {
    await pool.close();
  }
  return changes.map((change, i) => {
    const checks = [...change.verification.checks, 'reparse'];
    const now = results[i]?.after ?? [];
    const was = results[i]?.before ?? [];
    if (now.length === 0 || now.length <= was.length) return { ...change, verification: { ...change.verification, checks } };
    const first = now.find((p) => !was.some((b) => b.message === p.message)) ?? now[0];
    const where = first ? ` (line ${first.line}:${first.column}: ${first.message})` : '';
    return { ...change, verification: { ok: false, checks, reason: `the change introduces syntax errors${where}` } };
  });
}
