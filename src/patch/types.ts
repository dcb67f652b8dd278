import type { ChangeOrigin, Verification } from '../core/types.js';

/** How changes are split into patch files: one per rule (an edit's first rule), per directory, or per file. */
export type GroupBy = 'rule' | 'directory' | 'file';

export interface BuildPatchSetOptions {
  groupBy: GroupBy;
}

/** One file of a patch set, named relative to the patch folder (`x.patch`, `rejected/x.patch`). */
export interface PatchFile {
  name: string;
  /** Each source file's section is encoded in that file's encoding, so `git apply` matches it byte for byte. */
  bytes: Buffer;
}

/** Everything `writePatchSet` writes: the patch files, then `manifest.json`. */
export interface PatchSet {
  files: PatchFile[];
  manifest: PatchManifest;
}

export interface PatchManifest {
  schemaVersion: 1;
  groupBy: GroupBy;
  /** `all.patch`: every accepted change in full; null when nothing was accepted. */
  all: ManifestPatch | null;
  /** One entry per group patch, sorted by file name. Each applies on its own to a pristine tree. */
  patches: ManifestPatch[];
  /** Every finding with an edit, accepted or rejected. */
  findings: Record<string, ManifestFinding>;
  /** One entry per rejected source file and patch, sorted by file name then path. */
  rejected: ManifestRejection[];
}

export interface ManifestPatch {
  /** Relative to the patch folder. */
  file: string;
  /** The rule id, directory (`.` for the root) or file path the patch holds. */
  group: string;
  /** Source paths the patch touches, sorted. */
  files: string[];
  findings: string[];
}

export interface ManifestFinding {
  /** The group patch (or `rejected/…` patch) that holds the finding's fix; null if its edits change nothing. */
  patch: string | null;
  file: string;
  ruleIds: string[];
  origin: ChangeOrigin;
  verification: Verification;
}

export interface ManifestRejection {
  file: string;
  path: string;
  reason: string;
  findings: string[];
}

export interface ApplyChangesOptions {
  /** Write even over files with uncommitted changes in git. */
  force: boolean;
}

export interface ApplyResult {
  /** Paths written, relative to the root, sorted. */
  written: string[];
  skipped: Array<{ path: string; reason: string }>;
}
