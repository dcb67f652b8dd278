import iconv from 'iconv-lite';

/**
 * Decodes bytes with an iconv-lite encoding, but only if encoding the text again gives back the very
 * same bytes: no replacement characters, nothing lost. A patch can then re-encode an edited file with
 * encodeSource and leave every untouched byte as it was. Returns undefined if the bytes do not fit.
 */
export function decodeExactly(bytes: Buffer, encoding: string): string | undefined {
  if (!iconv.encodingExists(encoding)) return undefined;
  const text = iconv.decode(bytes, encoding, { stripBOM: false });
  return iconv.encode(text, encoding).equals(bytes) ? text : undefined;
}
