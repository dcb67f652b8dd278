import type { FileChange } from '../core/types.js';
import { encodeSource } from '../index/encode-source.js';
import { describeEncodingProblem } from './describe-encoding-problem.js';

/** Why a change goes to `rejected/` rather than into the patches, or undefined if it is accepted. */
export function rejectionOf(change: FileChange): string | undefined {
  const { verification } = change;
  if (!verification.ok) return verification.reason ?? `verification failed (${verification.checks.join(', ') || 'no checks'})`;
  const encodingProblem = describeEncodingProblem(change.encoding);
  if (encodingProblem !== undefined) return encodingProblem;
  try {
    encodeSource(change.before, change.encoding, change.bom);
    encodeSource(change.after, change.encoding, change.bom);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}
