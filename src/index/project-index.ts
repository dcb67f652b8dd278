import type { FileProblem, Language, SkippedFile } from '../core/types.js';
import type { LineEnding } from './detect-line-ending.js';
import type { LinkedJavaFile } from './java/linked.js';
import type { TsLinkStats } from './typescript/link-ts.js';
import type { LinkedTsFile } from './typescript/linked.js';

/** A file that was read and parsed (perhaps with syntax errors, see `problems`). */
export interface IndexedFile {
  path: string;
  language: Language;
  lines: number;
  bytes: number;
  encoding: string;
  bom: boolean;
  lineEnding: LineEnding;
}

/** The index stage's output: what the tree contains, resolved as far as syntax allows. Plain data. */
export interface ProjectIndex {
  /** Absolute path of the scanned root. */
  root: string;
  files: IndexedFile[];
  skipped: SkippedFile[];
  /** How many matching files .gitignore excluded. */
  gitignored: number;
  problems: FileProblem[];
  java: LinkedJavaFile[];
  typescript: LinkedTsFile[];
  /** How many TS/JS sites went to the type checker, and how many it confirmed. */
  tsCheck?: TsLinkStats;
  timings: { discoverMs: number; parseMs: number; linkMs: number };
}
