import { locatePath } from './locate-path.js';
import type { PathTarget } from './locate-path.js';
import type { RecipeSource } from './recipe-source.js';

/** 1-based line and column of the key or value a key path names in a recipe file. */
export function positionOf(
  source: RecipeSource,
  path: readonly PropertyKey[],
  target: PathTarget = 'value',
): { line: number; column: number } {
  const { line, col } = source.lineCounter.linePos(locatePath(source.doc, path, target));
  return { line, column: col };
}
