import { encodeSource } from '../index/encode-source.js';

/**
 * Encodes one file's diff section in that file's encoding, so each context and removed line matches the
 * file's bytes. Headers are ASCII (git quotes non-ASCII paths), hence the same in any encoding that
 * passed describeEncodingProblem. Falls back to UTF-8 (for reading, not applying) when it cannot.
 */
export function encodeDiffSection(section: string, encoding: string | undefined): Buffer {
  if (encoding === undefined) return Buffer.from(section, 'utf8');
  try {
    return encodeSource(section, encoding, false);
  } catch {
    return Buffer.from(section, 'utf8');
  }
}
