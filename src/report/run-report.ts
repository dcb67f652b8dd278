import type { FileProblem, Finding, Language, Range, Resolution, Severity, SkippedFile } from '../core/types.js';

/** Everything a run found and did: the content of report.json, and the source of every other output. */
export interface RunReport {
  schemaVersion: 1;
  tool: { name: 'refactor'; version: string };
  runId: string;
  recipe: { name: string; file: string; description?: string };
  /** Absolute path of the scanned root. */
  root: string;
  startedAt: string;
  finishedAt: string;
  stats: RunStats;
  rules: RuleSummary[];
  summary: {
    findings: number;
    /** Remediation estimate: the sum of the rules' `effort` over all findings. */
    debtMinutes: number;
    bySeverity: Record<Severity, number>;
    byResolution: Record<Resolution, number>;
    /** Findings whose rule has a fix: fixed (in an accepted patch), rejected by verification, or not fixable here. */
    fixes: { fixed: number; rejected: number; unfixed: number };
  };
  findings: Array<Finding & { fix?: FindingFix }>;
  /** The patch set in the run's patches/ folder. */
  patches?: { groupBy: string; files: string[]; rejected: string[] };
}

/** What became of a finding's deterministic fix. */
export interface FindingFix {
  status: 'fixed' | 'rejected' | 'unfixed';
  /** The patch (relative to the run's patches/ folder) that holds it. */
  patch?: string;
  reason?: string;
  /** For a fixed finding: the replacements in its file (ranges of the original text), as SARIF `fixes` carry them. */
  replacements?: Array<{ range: Range; text: string }>;
}

export interface RunStats {
  filesScanned: number;
  filesSkipped: number;
  filesWithErrors: number;
  gitignored: number;
  lines: number;
  bytes: number;
  byLanguage: Partial<Record<Language, { files: number; lines: number }>>;
  /** Files not indexed, each with its reason. */
  skipped: SkippedFile[];
  /** Files indexed despite problems (syntax errors), with where. */
  problems: FileProblem[];
  /** TS/JS sites whose name a rule asks about went to the type checker; this many it resolved. */
  typeChecker?: { candidates: number; confirmed: number; filesChecked: number; usedTsconfig: boolean };
  /** Non-UTF-8 files that were decoded (path → encoding), so nobody wonders whether they were read right. */
  legacyEncodings: Record<string, string>;
  timings: { discoverMs: number; parseMs: number; linkMs: number; matchMs: number; rewriteMs: number; totalMs: number };
}

export interface RuleSummary {
  id: string;
  language: Language;
  message: string;
  note?: string;
  severity: Severity;
  effortMinutes: number;
  findings: number;
  hasFix: boolean;
}
