import { InternalError } from '../core/errors.js';
import { describePathProblem } from './describe-path-problem.js';

/** Throws an InternalError when a change's path is not a clean relative POSIX path inside the root. */
export function assertPatchPath(path: string): void {
  const problem = describePathProblem(path);
  if (problem !== undefined) {
    throw new InternalError(`Refusing to build a patch for ${JSON.stringify(path)}: ${problem}`);
  }
}
