export interface Utf8Scan {
  /** Byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1 if all are valid. */
  firstInvalid: number;
  /**
   * Offset of the first valid multi-byte sequence that a Western editor would have written in UTF-8:
   * U+0080–U+00FF (accented Latin letters, lead byte C2/C3) or U+2000–U+20FF (smart quotes, dashes, €).
   * In genuine Latin-1/Windows-125x text such byte pairs are all but impossible, so together with an
   * invalid byte they mean the file mixes two encodings. -1 if there is none.
   */
  firstWesternUtf8: number;
}

/** Walks bytes with the UTF-8 rules of RFC 3629 (no overlongs, no surrogates, nothing past U+10FFFF). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let firstWesternUtf8 = -1;
  let index = 0;
  while (index < bytes.length && (firstInvalid === -1 || firstWesternUtf8 === -1)) {
    const lead = byteAt(bytes, index);
    const length = sequenceLength(bytes, index);
    if (length === 0) {
      if (firstInvalid === -1) firstInvalid = index;
      index++;
      continue;
    }
    const second = byteAt(bytes, index + 1);
    const isWestern = lead === 0xc2 || lead === 0xc3 || (lead === 0xe2 && second >= 0x80 && second <= 0x82);
    if (isWestern && firstWesternUtf8 === -1) firstWesternUtf8 = index;
    index += length;
  }
  return { firstInvalid, firstWesternUtf8 };
}

/** Length of the valid sequence starting at `index` (1 for ASCII), or 0 if the bytes there are not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = byteAt(bytes, index);
  if (lead < 0x80) return 1;
  const second = byteAt(bytes, index + 1);
  const [count, low, high] = expectedSecondByte(lead);
  if (count === 0 || second < low || second > high) return 0;
  for (let offset = 2; offset < count; offset++) {
    if (!isContinuation(byteAt(bytes, index + offset))) return 0;
  }
  return count;
}

/** For a lead byte: the sequence length and the range its second byte must fall in (RFC 3629 table). */
function expectedSecondByte(lead: number): [count: number, low: number, high: number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

/** The byte at `index`, or -1 past the end (which no range accepts). */
function byteAt(bytes: Uint8Array, index: number): number {
  return bytes[index] ?? -1;
}
