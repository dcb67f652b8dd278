/** Shared data that flows between stages. Everything here is plain, serialisable data. */

/** Language families. `typescript` covers .ts/.tsx/.js/.jsx/.mjs/.cjs. */
export type Language = 'java' | 'typescript';

/** Severity scale (Sonar's words); mapped to SARIF levels in report/. */
export const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * How a reference was resolved to the symbol a rule names, from most to least certain.
 * - `exact`: the name is fully qualified, imported by a single-type import, or declared in the project.
 * - `by-import`: reached through an on-demand import (`java.util.*`) or the implicit `java.lang`.
 * - `name-only`: the receiver's type is unknown; matched by name (and argument shape) alone.
 */
export const RESOLUTIONS = ['exact', 'by-import', 'name-only'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** A position in a source file: 1-based line and column (UTF-16 code units), 0-based offset into the decoded text. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A file the discovery stage chose to read. */
export interface SourceFile {
  /** POSIX path relative to the scanned root. */
  path: string;
  language: Language;
  size: number;
}

/**
 * Why a file was not indexed (or only partly). Files excluded by `.gitignore` are not listed one by one
 * (that would be noisy on real repos); discovery only counts them.
 */
export const SKIP_REASONS = ['binary', 'too-large', 'symlink', 'unreadable', 'undecodable'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedFile {
  path: string;
  reason: SkipReason;
  detail?: string;
}

/** A file that was indexed, but not cleanly (syntax errors, or a non-UTF-8 encoding worth knowing about). */
export interface FileProblem {
  path: string;
  kind: 'syntax-error' | 'parse-failed';
  line: number;
  column: number;
  message: string;
}

/** One finding: a place where a rule matched. */
export interface Finding {
  /** Stable fingerprint: survives edits elsewhere in the file (see core/fingerprint.ts). */
  id: string;
  ruleId: string;
  language: Language;
  file: string;
  range: Range;
  message: string;
  severity: Severity;
  effortMinutes: number;
  /** The source line(s) of the range, as written. */
  snippet: string;
  /** The symbol the match resolved to, e.g. `java.util.Date#getYear`. */
  symbol?: string;
  resolution: Resolution;
}
