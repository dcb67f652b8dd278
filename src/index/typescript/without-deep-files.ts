import { mayHoldLongChain } from '../long-chain.js';

/** What `withoutDeepFiles` got: the result (if any attempt succeeded), the files it left out, and why it failed. */
export interface DeepFilesOutcome<F, R> {
  result?: R;
  /** Files left out because they hold long chains (set only when the second attempt ran). */
  leftOut: F[];
  /** The first attempt's error, when there was one. */
  error?: unknown;
}

/**
 * Runs a TypeScript compiler step over `files`. The compiler recurses as deep as the code nests: a chain
 * of ~1,000 calls (minified or generated code) overflows the stack, and one such file would cost every
 * other file its result. On a stack overflow the step runs again without the files that may hold long
 * chains (`textsOf` gives a file's texts); the caller reports those files.
 */
export async function withoutDeepFiles<F, R>(
  files: readonly F[],
  textsOf: (file: F) => string[],
  step: (files: readonly F[]) => Promise<R>,
): Promise<DeepFilesOutcome<F, R>> {
  try {
    return { result: await step(files), leftOut: [] };
  } catch (error) {
    const deep = error instanceof RangeError ? files.filter((f) => textsOf(f).some(mayHoldLongChain)) : [];
    if (deep.length === 0 || deep.length === files.length) return { leftOut: [], error };
    const left = new Set(deep);
    const rest = files.filter((f) => !left.has(f));
    try {
      return { result: await step(rest), leftOut: deep, error };
    } catch {
      return { leftOut: [], error };
    }
  }
}
