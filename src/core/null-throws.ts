import { InternalError } from './errors.js';

/** Narrows away null/undefined, or throws an InternalError naming why the value had to exist. */
export function nullThrows<T>(value: T | null | undefined, reason: string): T {
  if (value === null || value === undefined) throw new InternalError(`Expected a value: ${reason}`);
  return value;
}
