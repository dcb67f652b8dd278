import type { RecipeProblem } from '../core/errors.js';
import { formatKeyPath } from './format-key-path.js';
import type { PathTarget } from './locate-path.js';
import { positionOf } from './position-of.js';
import type { RecipeSource } from './recipe-source.js';

/** A problem at a key path of a recipe file, pointing at its key (unknown keys) or its value (the rest). */
export function problemAt(
  source: RecipeSource,
  path: readonly PropertyKey[],
  message: string,
  target: PathTarget = 'value',
): RecipeProblem {
  return { file: source.file, ...positionOf(source, path, target), key: formatKeyPath(path), message };
}
