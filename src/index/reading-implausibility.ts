/**
 * Signs that a legacy-encoding reading of a file is wrong, each with its weight. The right reading of
 * real text scores (almost) 0; the examples are Polish, Czech and Russian read as Latin-1.
 */
const SIGNS: ReadonlyArray<{ pattern: RegExp; weight: number }> = [
  // C1 control characters never occur in text: bytes 0x80–0x9F meant something else (Windows-125x).
  { pattern: /[\u0080-\u009F]/g, weight: 2 },
  // Three or more accented Latin letters and no plain one (`Ïðèâåò`): Western words always mix in
  // plain letters, so this is Cyrillic or Greek read as Latin-1.
  { pattern: /(?<!\p{L})(?:(?![A-Za-z])\p{Script=Latin}){3,}(?!\p{L})/gu, weight: 2 },
  // A symbol inside a word (`Za¿ó³æ` for `Zażółć`). Apostrophes, the Catalan middle dot and CJK or
  // full-width punctuation (U+3000–U+303F, U+FF00–U+FFEF) may sit between letters.
  { pattern: /(?<=\p{L})[^\p{L}\p{M}\x00-\x7F’‘·\u3000-\u303F\uFF00-\uFFEF](?=\p{L})/gu, weight: 1 },
  // Symbols that Western text never glues to a word (`Pøíli¹ ¾lu»ou` for `Příliš žluťou`); ² ³ µ ° ®
  // are left out (m², cm³, µs, °C, Acme®), and so is ± (a±b).
  { pattern: /(?<=\p{L})[¹¼½¾¶¦¬¯¤¨¸]|[¹¼½¾¶¦¬¯¤¨¸](?=\p{L})/gu, weight: 1 },
  // Spanish ¿ and ¡ open a sentence; after a letter they are ż and Ą (`U¿ytkownik` for `Użytkownik`).
  { pattern: /(?<=\p{L})[¿¡]/gu, weight: 1 },
];

/** How wrong a reading of a legacy-encoded file looks (see SIGNS); lower is more plausible. */
export function readingImplausibility(text: string): number {
  return SIGNS.reduce((total, sign) => total + (text.match(sign.pattern)?.length ?? 0) * sign.weight, 0);
}
