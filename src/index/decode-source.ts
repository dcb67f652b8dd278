import type { SkipReason } from '../core/types.js';
import { decodeExactly } from './decode-exactly.js';
import { decodeLegacy } from './decode-legacy.js';
import { detectLineEnding } from './detect-line-ending.js';
import type { LineEnding } from './detect-line-ending.js';
import { scanUtf8 } from './scan-utf8.js';

export type DecodeResult =
  | {
      ok: true;
      /** The decoded text, without the byte order mark. */
      text: string;
      /** iconv-lite's name for the encoding: `utf-8`, `utf-16le`, `iso-8859-1`, `windows-1252`, `shift_jis`… */
      encoding: string;
      /** Whether the bytes began with a byte order mark; with `encoding`, enough for encodeSource. */
      bom: boolean;
      lineEnding: LineEnding;
    }
  | { ok: false; reason: SkipReason; detail: string };

/** A NUL in the first 8 KiB (git's heuristic) marks a file as binary. */
const BINARY_SNIFF_BYTES = 8192;
/** Longest first: a UTF-32LE mark starts with the UTF-16LE one. */
const BYTE_ORDER_MARKS: ReadonlyArray<{ encoding: string; bytes: readonly number[] }> = [
  { encoding: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];
/** Strict, and keeps a second U+FEFF as text so that decoding stays reversible. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns a source file's bytes into text: a byte order mark decides the encoding; otherwise a NUL byte
 * means binary, strict UTF-8 is tried, then legacy encodings (decodeLegacy). Pure, never throws.
 */
export function decodeSource(bytes: Buffer): DecodeResult {
  const mark = BYTE_ORDER_MARKS.find((m) => m.bytes.every((byte, index) => bytes[index] === byte));
  const body = bytes.subarray(mark?.bytes.length ?? 0);
  if (mark !== undefined && mark.encoding !== 'utf-8') {
    const text = decodeExactly(body, mark.encoding);
    if (text === undefined) {
      return undecodable(`${mark.encoding} byte order mark, but the bytes after it are not valid ${mark.encoding}`);
    }
    return decoded(text, mark.encoding, true);
  }
  const nul = body.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'binary', detail: `NUL byte at offset ${nul + bytes.length - body.length}` };
  const utf8 = decodeUtf8(body);
  if (utf8 !== undefined) return decoded(utf8, 'utf-8', mark !== undefined);
  if (mark !== undefined) {
    return undecodable(`UTF-8 byte order mark, but invalid UTF-8 at byte ${scanUtf8(body).firstInvalid + 3}`);
  }
  const legacy = decodeLegacy(body);
  return legacy.ok ? decoded(legacy.text, legacy.encoding, false) : undecodable(legacy.detail);
}

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

function decoded(text: string, encoding: string, bom: boolean): DecodeResult {
  return { ok: true, text, encoding, bom, lineEnding: detectLineEnding(text) };
}

function undecodable(detail: string): DecodeResult {
  return { ok: false, reason: 'undecodable', detail };
}
