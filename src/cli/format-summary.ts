import path from 'node:path';
import type { RunFolder, RunReport } from '../report/index.js';
import { formatEffort } from './format-duration.js';

const TOP_RULES = 8;

/** The one-screen text summary of a run, for people (stdout). */
export function formatSummary(report: RunReport, folder: RunFolder, cwd: string): string {
  const s = report.stats;
  const rel = (p: string) => path.relative(cwd, p) || '.';
  const n = (x: number) => x.toLocaleString('en-US');
  const lines: string[] = [];
  lines.push(`refactor run · ${report.recipe.name} · ${rel(report.root)}`);
  const skippedReasons = countReasons(s.skipped.map((k) => k.reason));
  lines.push(
    `  files     ${n(s.filesScanned)} scanned` +
      (s.filesSkipped ? ` · ${n(s.filesSkipped)} skipped (${skippedReasons})` : '') +
      (s.filesWithErrors ? ` · ${n(s.filesWithErrors)} with syntax errors` : '') +
      (s.gitignored ? ` · ${n(s.gitignored)} gitignored` : ''),
  );
  const seconds = s.timings.totalMs / 1000;
  lines.push(`  lines     ${n(s.lines)} in ${seconds.toFixed(2)}s (${n(Math.round(s.lines / Math.max(seconds, 0.001)))} lines/s)`);
  if (s.typeChecker) {
    const tc = s.typeChecker;
    lines.push(`  checker   ${n(tc.candidates)} TS/JS candidates in ${n(tc.filesChecked)} files → ${n(tc.confirmed)} confirmed${tc.usedTsconfig ? ' (using tsconfig.json)' : ''}`);
  }
  const sev = Object.entries(report.summary.bySeverity)
    .filter(([, count]) => count > 0)
    .reverse()
    .map(([k, count]) => `${k} ${count}`)
    .join(', ');
  lines.push(`  findings  ${n(report.summary.findings)}${sev ? ` (${sev})` : ''} · debt ${formatEffort(report.summary.debtMinutes)}`);
  const fx = report.summary.fixes;
  if (fx.fixed + fx.rejected + fx.unfixed > 0) {
    lines.push(`  fixes     ${n(fx.fixed)} in patches/ · ${n(fx.rejected)} rejected by verification · ${n(fx.unfixed)} left for triage`);
  }
  const top = [...report.rules].filter((r) => r.findings > 0).sort((a, b) => b.findings - a.findings);
  if (top.length > 0) {
    const width = Math.max(...top.slice(0, TOP_RULES).map((r) => r.id.length));
    lines.push('  by rule');
    for (const r of top.slice(0, TOP_RULES)) lines.push(`    ${r.id.padEnd(width)}  ${String(r.findings).padStart(5)}  ${r.severity}`);
    if (top.length > TOP_RULES) lines.push(`    … and ${top.length - TOP_RULES} more rules with findings`);
  }
  for (const p of s.problems.slice(0, 3)) lines.push(`  warning   ${p.path}:${p.line}:${p.column} ${p.kind}: ${p.message}`);
  if (s.problems.length > 3) lines.push(`  warning   … ${s.problems.length - 3} more problems in report.json`);
  lines.push(`  report    ${rel(folder.reportJson)}`);
  lines.push(`            ${rel(folder.reportSarif)}`);
  const patches = report.patches;
  if (patches && patches.files.length + patches.rejected.length > 0) {
    const groups = patches.files.filter((f) => f !== 'all.patch').length;
    const rejected = patches.rejected.length > 0 ? `, ${patches.rejected.length} in rejected/` : '';
    lines.push(`  patches   ${rel(path.join(folder.dir, 'patches'))}/ (all.patch + ${groups} by ${patches.groupBy}${rejected}, manifest.json)`);
  }
  return lines.join('\n');
}

function countReasons(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, c]) => `${c} ${r}`).join(', ');
}
