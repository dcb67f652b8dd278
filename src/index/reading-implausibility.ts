/**
 * Non-ASCII, not a letter, between two letters: `Za¿ó³æ` is Polish `Zażółć` read as Latin-1. CJK and
 * full-width punctuation (U+3000–U+303F, U+FF00–U+FFEF) sits between ideographs by design.
 */
const WORD_BREAK = /(?<=\p{L})[^\p{L}\p{M}\x00-\x7F’‘·\u3000-\u303F\uFF00-\uFFEF](?=\p{L})/gu;
/** Words with at least one non-ASCII letter. */
const ACCENTED_WORD = /\p{L}*[^\x00-\x7F]\p{L}*/gu;
const ALL_LATIN = /^\p{Script=Latin}+$/u;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * How wrong a legacy-encoding reading of a file looks; the right reading scores (almost) 0. Counts
 * - word breaks: a symbol inside a word, as when Polish ISO-8859-2 is read as Latin-1;
 * - words of three or more accented Latin letters and no plain ones (`Ïðèâåò`): Western words always
 *   mix in plain letters, so this is Cyrillic or Greek read as Latin-1.
 * Apostrophes, the Catalan middle dot and CJK punctuation may sit inside words.
 */
export function readingImplausibility(text: string): number {
  const breaks = text.match(WORD_BREAK)?.length ?? 0;
  const foreignWords = (text.match(ACCENTED_WORD) ?? []).filter(
    (word) => word.length >= 3 && ALL_LATIN.test(word) && !ASCII_LETTER.test(word),
  ).length;
  return breaks + foreignWords;
}
