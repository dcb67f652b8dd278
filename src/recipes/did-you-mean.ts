import { closest, distance } from 'fastest-levenshtein';

/** The candidate closest to `word`, when it is close enough to be a plausible typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word.toLowerCase(), [...candidates]);
  const allowed = Math.max(2, Math.floor(best.length / 3));
  return distance(word.toLowerCase(), best) <= allowed ? best : undefined;
}
