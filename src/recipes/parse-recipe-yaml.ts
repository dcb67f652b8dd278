import { LineCounter, parseDocument } from 'yaml';
import type { RecipeProblem } from '../core/errors.js';
import { formatKeyPath } from './format-key-path.js';
import { keyPathAt } from './key-path-at.js';
import type { RecipeSource } from './recipe-source.js';

/** Parses a recipe's text. YAML syntax errors and duplicate keys come back as problems. */
export function parseRecipeYaml(
  file: string,
  absolute: string,
  text: string,
): { source: RecipeSource; problems: RecipeProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems = doc.errors.map((error): RecipeProblem => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const path = keyPathAt(doc, error.pos[0]);
    const key = formatKeyPath(path);
    const message =
      error.code === 'DUPLICATE_KEY'
        ? `duplicate key ${JSON.stringify(path.at(-1) ?? '')}; a key may appear once per map, so remove or merge one of them`
        : `invalid YAML: ${error.message}`;
    return { file, line, column: col, key, message };
  });
  const source = (data: unknown): RecipeSource => ({ file, absolute, doc, data, lineCounter });
  if (problems.length > 0) return { source: source(undefined), problems };
  try {
    return { source: source(doc.toJS()), problems };
  } catch (error) {
    // e.g. aliases that expand too far (a "billion laughs")
    const reason = error instanceof Error ? error.message : String(error);
    return { source: source(undefined), problems: [{ file, line: 1, column: 1, key: '', message: `invalid YAML: ${reason}` }] };
  }
}
