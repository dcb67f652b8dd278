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
  /** `check-failed`: the TypeScript checker could not build the program or threw on a site. */
  kind: 'syntax-error' | 'parse-failed' | 'check-failed';
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

/** Where a change came from: a recipe's deterministic fix now; model tiers later. */
export type ChangeOrigin = 'deterministic' | 'local-model' | 'frontier-model';

/** A text edit: replace [start, end) of a file's decoded text (UTF-16 offsets) with `text`. */
export interface Edit {
  file: string;
  start: number;
  end: number;
  text: string;
  /** The findings this edit fixes (a composed edit — a fix inside a fix — fixes several). */
  findingIds: string[];
  ruleIds: string[];
  origin: ChangeOrigin;
}

/** The outcome of verifying one changed file. */
export interface Verification {
  ok: boolean;
  /** What was checked: `reparse`, `typecheck`, `command`. */
  checks: string[];
  /** Why it failed, when it did. */
  reason?: string;
}

/**
 * One file's change, ready to be turned into a patch or written: the decoded text before and after,
 * and what is needed to write bytes identical to the original outside the edits.
 */
export interface FileChange {
  /** POSIX path relative to the scanned root. */
  path: string;
  before: string;
  after: string;
  encoding: string;
  bom: boolean;
  edits: Edit[];
  verification: Verification;
}

/** Offsets [start, end) into a file's decoded text. */
export type Span = [number, number];

/**
 * The parts of a match a fix template can use: the whole expression, its name token, receiver,
 * created type and arguments (with what is known of each argument's type).
 */
export interface Captures {
  span: Span;
  name?: Span;
  receiver?: Span;
  type?: Span;
  args?: Span[];
  /** Per argument: its known type names or kinds (`String`, `int`, `string`, `object`…); undefined when unknown. */
  argTypes?: Array<string[] | undefined>;
}
