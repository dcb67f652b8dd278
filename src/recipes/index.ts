export { loadRecipe } from './load-recipe.js';
export { recipeJsonSchema } from './recipe-json-schema.js';
export type { Recipe, Rule } from './types.js';
export { loadRecipeTests, testsFileOf, type RecipeTestCase } from './load-recipe-tests.js';
