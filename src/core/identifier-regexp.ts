/** Regular-expression source for `text` taken literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds any of `words` standing as a whole Java/JS identifier (not inside a longer name). `extra` adds
 * alternatives given as regex sources; `notAfterDot` also refuses a word right after a `.` (a member).
 * With no words at all it matches nowhere.
 */
export function identifierRegExp(words: Iterable<string>, options: { extra?: readonly string[]; notAfterDot?: boolean; flags?: string } = {}): RegExp {
  const alternatives = [...[...words].map(escapeRegExp), ...(options.extra ?? [])];
  if (alternatives.length === 0) return new RegExp('(?!)', options.flags); // nothing to find: matches nowhere
  const before = options.notAfterDot ? '(?<![\\w$.])' : '(?<![\\w$])';
  return new RegExp(`${before}(?:${alternatives.join('|')})(?![\\w$])`, options.flags);
}
