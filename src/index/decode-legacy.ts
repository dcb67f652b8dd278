import chardet from 'chardet';
import type { Match } from 'chardet';
import { decodeExactly } from './decode-exactly.js';
import { readingImplausibility } from './reading-implausibility.js';
import { scanUtf8 } from './scan-utf8.js';

export type LegacyDecoding = { ok: true; text: string; encoding: string } | { ok: false; detail: string };

/** Handled before we get here: by the byte order mark, the UTF-8 decoder or the NUL-byte check. */
const UNICODE_NAMES = new Set(['ASCII', 'UTF-8', 'UTF-16LE', 'UTF-16BE', 'UTF-32', 'UTF-32LE', 'UTF-32BE']);
const WESTERN_NAMES = new Set(['ISO-8859-1', 'windows-1252']);
/** Double-byte encodings, whose byte pairs often look like UTF-8 by accident. */
const MULTI_BYTE = new Set(['shift_jis', 'gb18030', 'big5', 'euc-jp', 'euc-kr']);
/**
 * chardet's confidences for short text sit close together and often in the wrong order (ISO-8859-2 ahead
 * of ISO-8859-1 for `Señor José` in a Java file; ISO-8859-1 31 and Windows-1251 18 for a one-word Russian
 * comment). Candidates within this many points of the top one are compared on how their text reads
 * (readingImplausibility); between equally plausible readings, Western wins, then chardet's order.
 */
const CLOSE_MARGIN = 15;
/**
 * A Western reading gives way only to a clearly more plausible one: a lone `a±b` or `x²y` in a Latin-1
 * comment must not make the file ISO-8859-2 (where those bytes are `ą`, `ł`) and mangle its `è` and `à`.
 */
const WESTERN_BIAS = 1;
/** Bytes 0x80–0x9F that Windows-1252 leaves undefined. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

interface Candidate {
  encoding: string;
  confidence: number;
}

/**
 * Decodes bytes that are not valid UTF-8 (and have no BOM and no NUL): asks chardet for candidates,
 * prefers ISO-8859-1/Windows-1252 for Western text, and accepts only a candidate that decodes the bytes
 * exactly (see decodeExactly). A file mixing UTF-8 with a legacy encoding is refused rather than half
 * decoded into mojibake.
 */
export function decodeLegacy(bytes: Buffer): LegacyDecoding {
  const scan = scanUtf8(bytes);
  const candidates = rankCandidates(bytes);
  const best = candidates[0];
  if (best !== undefined && scan.firstInvalid !== -1 && scan.firstWesternUtf8 !== -1 && !MULTI_BYTE.has(best.encoding)) {
    return {
      ok: false,
      detail:
        `mixed encodings: UTF-8 text at byte ${scan.firstWesternUtf8} but invalid UTF-8 at byte ` +
        `${scan.firstInvalid}; re-save the file in one encoding`,
    };
  }
  const decoded = candidates.flatMap((candidate) => {
    const text = decodeExactly(bytes, candidate.encoding);
    return text === undefined ? [] : [{ ...candidate, text }];
  });
  const top = decoded[0];
  if (top === undefined) {
    const tried = candidates.length > 0 ? candidates.map((c) => c.encoding).join(', ') : 'none';
    return {
      ok: false,
      detail: `invalid UTF-8 at byte ${scan.firstInvalid}, and no likely encoding decodes it exactly (tried: ${tried})`,
    };
  }
  const close = decoded.filter((c) => c.confidence >= top.confidence - CLOSE_MARGIN);
  // A stable sort: between equally plausible readings, chardet's (Western-first) order decides.
  const [chosen = top] = close
    .map((c) => ({ ...c, score: readingImplausibility(c.text) - (isWestern(c.encoding) ? WESTERN_BIAS : 0) }))
    .sort((a, b) => a.score - b.score);
  return { ok: true, text: chosen.text, encoding: chosen.encoding };
}

function isWestern(encoding: string): boolean {
  return encoding === 'iso-8859-1' || encoding === 'windows-1252';
}

/** chardet's candidates as iconv-lite names, most likely first, with a close Western one moved to the top. */
function rankCandidates(bytes: Buffer): Candidate[] {
  const matches = chardet.analyse(bytes).filter((m) => m.confidence > 0 && !UNICODE_NAMES.has(m.name));
  const candidates = preferWestern(matches).map((m) => ({
    encoding: WESTERN_NAMES.has(m.name) ? westernEncoding(bytes) : m.name.toLowerCase(),
    confidence: m.confidence,
  }));
  return candidates.filter((c, index) => candidates.findIndex((other) => other.encoding === c.encoding) === index);
}

function preferWestern(matches: Match[]): Match[] {
  const top = matches[0];
  const western = matches.find((m) => WESTERN_NAMES.has(m.name));
  if (top === undefined || western === undefined || top.confidence - western.confidence > CLOSE_MARGIN) return matches;
  return [{ ...western, confidence: top.confidence }, ...matches.filter((m) => m !== western)];
}

/** Windows-1252 if the text uses its 0x80–0x9F punctuation (“ ” – € …), else ISO-8859-1, which maps every byte. */
function westernEncoding(bytes: Buffer): string {
  let usesC1Range = false;
  for (const byte of bytes) {
    if (byte < 0x80 || byte > 0x9f) continue;
    if (CP1252_UNDEFINED.has(byte)) return 'iso-8859-1';
    usesC1Range = true;
  }
  return usesC1Range ? 'windows-1252' : 'iso-8859-1';
}
