import { InternalError } from '../core/errors.js';
import { nullThrows } from '../core/null-throws.js';
import type { FileChange } from '../core/types.js';
import { assertPatchPath } from './assert-patch-path.js';
import { assignPatchNames } from './assign-patch-names.js';
import { compareCodeUnits } from './compare-code-units.js';
import { describeEncodingProblem } from './describe-encoding-problem.js';
import { rejectionOf } from './rejection-of.js';
import { renderSection } from './render-section.js';
import { sliceChange } from './slice-change.js';
import type {
  BuildPatchSetOptions,
  ManifestFinding,
  ManifestPatch,
  ManifestRejection,
  PatchFile,
  PatchSet,
} from './types.js';

const ALL_PATCH = 'all';
const REJECTED_DIR = 'rejected/';

/** Patch sections collected for one group, before the group gets its file name. */
interface Bucket {
  sections: Buffer[];
  files: string[];
  findings: Set<string>;
  rejections: Array<Omit<ManifestRejection, 'file'>>;
}

/** Where a finding's fix landed, before patch names are known. */
interface Placement extends Omit<ManifestFinding, 'patch'> {
  bucket: 'accepted' | 'rejected';
  group: string | null;
}

/**
 * Turns file changes into a patch set, without touching the disk: one patch per group (each applies
 * alone to a pristine tree with `git apply`), `all.patch` with every accepted change, `rejected/` for
 * changes that failed verification or cannot be patched as text, and a manifest from finding to patch.
 *
 * @throws InternalError if a path is absolute, leaves the root or is not POSIX, if two changes name the
 * same file, or if a change's edits are inconsistent (see sliceChange).
 */
export function buildPatchSet(changes: readonly FileChange[], options: BuildPatchSetOptions): PatchSet {
  const accepted = new Map<string, Bucket>();
  const rejected = new Map<string, Bucket>();
  const all = newBucket();
  const placements = new Map<string, Placement>();

  for (const change of sortedByPath(changes)) {
    const reason = rejectionOf(change);
    const encoding = describeEncodingProblem(change.encoding) === undefined ? change.encoding : undefined;
    // A slice holding the whole change (one rule, or grouped by file) is the all.patch section too.
    let whole: Buffer | undefined;
    for (const slice of sliceChange(change, options.groupBy)) {
      const section = renderSection(change, slice.after, slice.edits, encoding);
      if (slice.after === change.after) whole = section;
      const findings = uniqueFindings(slice.edits);
      for (const edit of [...slice.edits].sort((a, b) => a.start - b.start)) {
        for (const id of edit.findingIds) {
          if (placements.has(id)) continue;
          placements.set(id, {
            bucket: reason === undefined ? 'accepted' : 'rejected',
            group: section === undefined ? null : slice.group,
            file: change.path,
            ruleIds: edit.ruleIds,
            origin: edit.origin,
            verification: change.verification,
          });
        }
      }
      if (section === undefined) continue;
      const bucket = bucketOf(reason === undefined ? accepted : rejected, slice.group);
      addSection(bucket, change.path, section, findings);
      if (reason !== undefined) bucket.rejections.push({ path: change.path, reason, findings });
    }
    const full = reason === undefined ? (whole ?? renderSection(change, change.after, change.edits, encoding)) : undefined;
    if (full !== undefined) addSection(all, change.path, full, uniqueFindings(change.edits));
  }

  const acceptedNames = assignPatchNames(accepted.keys(), [ALL_PATCH]);
  const rejectedNames = assignPatchNames(rejected.keys());
  const patchFileOf = (kind: Placement['bucket'], group: string): string =>
    kind === 'accepted'
      ? `${nullThrows(acceptedNames.get(group), `a name for patch group ${group}`)}.patch`
      : `${REJECTED_DIR}${nullThrows(rejectedNames.get(group), `a name for rejected group ${group}`)}.patch`;

  const files: PatchFile[] = [];
  const patches: ManifestPatch[] = [];
  const rejections: ManifestRejection[] = [];
  const allEntry = all.sections.length > 0 ? entryOf(`${ALL_PATCH}.patch`, '*', all) : null;
  if (allEntry !== null) files.push({ name: allEntry.file, bytes: Buffer.concat(all.sections) });
  for (const [group, bucket] of accepted) {
    const entry = entryOf(patchFileOf('accepted', group), group, bucket);
    patches.push(entry);
    files.push({ name: entry.file, bytes: Buffer.concat(bucket.sections) });
  }
  for (const [group, bucket] of rejected) {
    const file = patchFileOf('rejected', group);
    rejections.push(...bucket.rejections.map((rejection) => ({ file, ...rejection })));
    files.push({ name: file, bytes: Buffer.concat(bucket.sections) });
  }
  const findings: Record<string, ManifestFinding> = {};
  for (const [id, { bucket, group, ...finding }] of [...placements].sort(([a], [b]) => compareCodeUnits(a, b))) {
    findings[id] = { patch: group === null ? null : patchFileOf(bucket, group), ...finding };
  }

  return {
    files: files.sort((a, b) => compareCodeUnits(a.name, b.name)),
    manifest: {
      schemaVersion: 1,
      groupBy: options.groupBy,
      all: allEntry,
      patches: patches.sort((a, b) => compareCodeUnits(a.file, b.file)),
      findings,
      rejected: rejections.sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.path, b.path)),
    },
  };
}

function sortedByPath(changes: readonly FileChange[]): FileChange[] {
  const sorted = [...changes].sort((a, b) => compareCodeUnits(a.path, b.path));
  sorted.forEach((change, index) => {
    assertPatchPath(change.path);
    if (index > 0 && sorted[index - 1]?.path === change.path) {
      throw new InternalError(`Two changes for ${change.path}: the rewrite stage must merge a file's edits into one change`);
    }
  });
  return sorted;
}

function newBucket(): Bucket {
  return { sections: [], files: [], findings: new Set(), rejections: [] };
}

function bucketOf(buckets: Map<string, Bucket>, group: string): Bucket {
  const existing = buckets.get(group);
  if (existing !== undefined) return existing;
  const bucket = newBucket();
  buckets.set(group, bucket);
  return bucket;
}

function addSection(bucket: Bucket, path: string, section: Buffer, findings: readonly string[]): void {
  bucket.sections.push(section);
  bucket.files.push(path);
  for (const id of findings) bucket.findings.add(id);
}

function uniqueFindings(edits: ReadonlyArray<{ findingIds: readonly string[] }>): string[] {
  return [...new Set(edits.flatMap((edit) => edit.findingIds))].sort(compareCodeUnits);
}

function entryOf(file: string, group: string, bucket: Bucket): ManifestPatch {
  return { file, group, files: bucket.files, findings: [...bucket.findings].sort(compareCodeUnits) };
}
