import type { Captures, FileChange, Finding } from '../core/types.js';
import type { ProjectIndex } from '../index/index.js';
import type { Rule } from '../recipes/types.js';
import { planFileEdits, type FixableFinding } from './plan-file-edits.js';

export interface SourceText {
  text: string;
  encoding: string;
  bom: boolean;
}

/** What happened to a finding's fix. */
export interface FixOutcome {
  status: 'fixed' | 'unfixed';
  reason?: string;
}

export interface RewritePlan {
  /** One change per file with at least one applied fix; verification not run yet (ok until checked). */
  changes: FileChange[];
  /** Per finding whose rule has a fix. */
  outcomes: Map<string, FixOutcome>;
}

/** Plans every deterministic fix of a run. Pure: findings, rules and file texts in, changes out. */
export function planRewrites(
  findings: ReadonlyArray<Finding & { captures?: Captures }>,
  rules: readonly Rule[],
  index: Pick<ProjectIndex, 'java'>,
  textOf: (file: string) => SourceText | undefined,
): RewritePlan {
  const fixes = new Map(rules.flatMap((r) => (r.fix ? [[r.id, r.fix] as const] : [])));
  const byFile = new Map<string, FixableFinding[]>();
  const outcomes = new Map<string, FixOutcome>();
  for (const f of findings) {
    const fix = fixes.get(f.ruleId);
    if (!fix) continue;
    if (!f.captures) {
      outcomes.set(f.id, { status: 'unfixed', reason: 'this kind of match cannot be rewritten' });
      continue;
    }
    const list = byFile.get(f.file) ?? [];
    list.push({ id: f.id, ruleId: f.ruleId, fix, captures: f.captures });
    byFile.set(f.file, list);
  }
  const javaFiles = new Map(index.java.map((j) => [j.path, j]));
  const changes: FileChange[] = [];
  for (const [file, fixable] of byFile) {
    const source = textOf(file);
    if (!source) {
      for (const f of fixable) outcomes.set(f.id, { status: 'unfixed', reason: 'the file could not be read again' });
      continue;
    }
    const java = javaFiles.get(file);
    const plan = planFileEdits(file, source.text, fixable, java ? { package: java.package, imports: java.imports } : undefined);
    for (const u of plan.unfixed) outcomes.set(u.findingId, { status: 'unfixed', reason: u.reason });
    for (const e of plan.edits) for (const id of e.findingIds) if (!outcomes.has(id)) outcomes.set(id, { status: 'fixed' });
    if (plan.edits.length === 0 || plan.after === source.text) continue;
    changes.push({
      path: file,
      before: source.text,
      after: plan.after,
      encoding: source.encoding,
      bom: source.bom,
      edits: plan.edits,
      verification: { ok: true, checks: [] },
    });
  }
  changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { changes, outcomes };
}
