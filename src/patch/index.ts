/** patch/: file changes → reviewable patch sets that `git apply` accepts, or written in place on request. */
export { applyChanges } from './apply-changes.js';
export { buildPatchSet } from './build-patch-set.js';
export { writePatchSet } from './write-patch-set.js';
export type {
  ApplyChangesOptions,
  ApplyResult,
  BuildPatchSetOptions,
  GroupBy,
  ManifestFinding,
  ManifestPatch,
  ManifestRejection,
  PatchFile,
  PatchManifest,
  PatchSet,
} from './types.js';
