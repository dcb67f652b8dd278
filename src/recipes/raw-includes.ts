import type { RecipeSource } from './recipe-source.js';

/**
 * The usable `include:` entries of a recipe that failed the schema, with their indexes, so the files
 * it includes are still checked and every problem is reported in one go.
 */
export function rawIncludes(source: RecipeSource): [number, string][] {
  const { data } = source;
  if (typeof data !== 'object' || data === null || !('include' in data) || !Array.isArray(data.include)) return [];
  const entries: unknown[] = data.include;
  return entries.flatMap((entry, index): [number, string][] => (typeof entry === 'string' && entry !== '' ? [[index, entry]] : []));
}
