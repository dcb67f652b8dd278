import { identifierRegExp } from '../core/identifier-regexp.js';

/**
 * Offsets where one of `words` (or a match of `extra`, a regex source) stands as a whole identifier not
 * preceded by a dot: where a bare name may be used. Candidates only: the caller checks each in the tree
 * (this also matches inside comments and strings). Searching the text is far cheaper than capturing
 * every identifier of a file.
 */
export function findBareWords(text: string, words: Iterable<string>, extra?: string): number[] {
  const list = [...words];
  if (list.length === 0 && !extra) return [];
  const offsets: number[] = [];
  for (const m of text.matchAll(identifierRegExp(list, { extra: extra ? [extra] : [], notAfterDot: true, flags: 'g' }))) offsets.push(m.index);
  return offsets;
}
