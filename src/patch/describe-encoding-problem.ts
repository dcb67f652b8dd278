import { encodeSource } from '../index/encode-source.js';

/** Every character a diff's headers, hunk ranges and markers use, plus the line ends. */
const PATCH_SYNTAX = `\t\n\r${Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('')}`;

/**
 * Why files in `encoding` cannot be patched as text by `git apply`, or undefined if they can. git reads
 * a patch as bytes and splits lines at 0x0A, so the encoding must write ASCII as ASCII (UTF-16 and
 * UTF-32 do not).
 */
export function describeEncodingProblem(encoding: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = encodeSource(PATCH_SYNTAX, encoding, false);
  } catch {
    return `unknown encoding "${encoding}"; apply with --apply instead`;
  }
  if (bytes.equals(Buffer.from(PATCH_SYNTAX, 'latin1'))) return undefined;
  return `${familyOf(encoding)} files cannot be patched as text; apply with --apply instead`;
}

function familyOf(encoding: string): string {
  const match = /^(utf)-?(16|32)(?:le|be)?$/i.exec(encoding);
  return match === null ? encoding : `UTF-${match[2] ?? ''}`;
}
