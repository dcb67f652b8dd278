import { z } from 'zod';
import { checkGlob } from './check-glob.js';

/** A glob relative to the scanned root, checked for the mistakes that would silently match nothing. */
export const globSchema = z.string().superRefine((glob, ctx) => {
  const expected = checkGlob(glob);
  if (expected) ctx.addIssue({ code: 'custom', message: expected, input: glob });
});

/** A list of globs. A bare string is refused (with a hint) rather than guessed at. */
export const globListSchema = z.array(globSchema, { error: 'a list of globs such as ["src/**/*.java"]' });
