import iconv from 'iconv-lite';

const BOM_ENCODINGS = new Set(['utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be']);

/**
 * Encodes source text back to bytes the way readSource found it: `encoding` and `bom` as readSource
 * returned them. Text readSource decoded, unchanged, comes back as the original bytes.
 *
 * @throws RangeError if the encoding is unknown, if `bom` is asked of an encoding without one, or if the
 * text holds a character the encoding cannot represent (e.g. `€` in ISO-8859-1): an edit that would
 * silently turn into `?` must be refused, not written.
 */
export function encodeSource(text: string, encoding: string, bom: boolean): Buffer {
  const name = encoding.toLowerCase();
  if (!iconv.encodingExists(name)) throw new RangeError(`Cannot encode source: unknown encoding "${encoding}"`);
  if (bom && !BOM_ENCODINGS.has(name)) {
    throw new RangeError(`Cannot encode source: ${encoding} has no byte order mark`);
  }
  const full = bom ? `\uFEFF${text}` : text;
  const bytes = name === 'utf-8' ? Buffer.from(full, 'utf8') : iconv.encode(full, name);
  const decoded = iconv.decode(bytes, name, { stripBOM: false });
  if (decoded !== full) {
    const index = firstDifference(decoded, full) - (bom ? 1 : 0);
    const character = text.codePointAt(index) ?? 0;
    const hex = character.toString(16).toUpperCase().padStart(4, '0');
    throw new RangeError(`Cannot encode source: U+${hex} at offset ${index} is not representable in ${encoding}`);
  }
  return bytes;
}

function firstDifference(a: string, b: string): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  return index;
}
