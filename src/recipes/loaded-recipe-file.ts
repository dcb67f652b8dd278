import type { RecipeFile } from './recipe-schema.js';
import type { RecipeSource } from './recipe-source.js';
import type { Rule } from './types.js';

/** One recipe file that passed the schema: as written, and its rules normalised (`rules[i]` ↔ `recipe.rules[i]`). */
export interface LoadedRecipeFile {
  source: RecipeSource;
  recipe: RecipeFile;
  rules: Rule[];
  /** The recipe the user asked for, as opposed to one it includes. */
  isTop: boolean;
}
