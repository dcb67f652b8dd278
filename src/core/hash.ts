import { createHash } from 'node:crypto';

/** Short, stable content hash (hex sha256 prefix). */
export function hash(...parts: string[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex').slice(0, 16);
}
