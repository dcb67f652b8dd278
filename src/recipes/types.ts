import type { RecipeProblem } from '../core/errors.js';
import type { Language, Severity } from '../core/types.js';
import type { MatchSpec } from '../match/specs.js';
import type { Fix } from '../rewrite/fix-spec.js';

/** A rule after loading: validated, normalised (effort in minutes, defaults applied). */
export interface Rule {
  id: string;
  language: Language;
  match: MatchSpec;
  /** One line shown with each finding. */
  message: string;
  /** Longer guidance; Markdown allowed. */
  note?: string;
  severity: Severity;
  effortMinutes: number;
  /** Globs (relative to the scanned root) restricting the rule to some files. */
  files?: string[];
  ignores?: string[];
  metadata: Record<string, unknown>;
  /** A deterministic fix, when the rule has one. */
  fix?: Fix;
  /** Where the rule was declared (for messages): the recipe path as given to loadRecipe (or joined from an include), 1-based line. */
  source: { file: string; line: number };
}

/** A loaded recipe: its own rules plus those of every included recipe, in order. */
export interface Recipe {
  name: string;
  description?: string;
  /** Absolute path of the recipe file. */
  file: string;
  /** Globs of files to scan, relative to the scanned root. */
  files: string[];
  ignores: string[];
  rules: Rule[];
  /** A command that must still pass with the fixes applied (only the top recipe's counts). */
  verify?: { command: string; timeoutSeconds: number };
  /** The top recipe's free-form `metadata:` (always set by loadRecipe). */
  metadata?: Record<string, unknown>;
  /** Valid but probably unintended things, e.g. `files:` in an included recipe (always set by loadRecipe). */
  warnings?: RecipeProblem[];
}
