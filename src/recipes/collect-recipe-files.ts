import path from 'node:path';
import type { RecipeProblem } from '../core/errors.js';
import type { LoadedRecipeFile } from './loaded-recipe-file.js';
import { normaliseRule } from './normalise-rule.js';
import { parseRecipeYaml } from './parse-recipe-yaml.js';
import { problemAt } from './problem-at.js';
import { rawIncludes } from './raw-includes.js';
import { readText } from './read-text.js';
import type { RecipeSource } from './recipe-source.js';
import { validateRecipeSource } from './validate-recipe-source.js';

interface Walk {
  files: LoadedRecipeFile[];
  problems: RecipeProblem[];
  /** Absolute paths already read: a file included twice (a diamond) contributes its rules once. */
  seen: Set<string>;
}

/**
 * Reads a recipe and, depth first, every recipe it includes: the top file first, then each include's
 * files in order, so rules come out as "own rules, then included ones". Problems from every file are
 * collected rather than stopping at the first broken one.
 */
export async function collectRecipeFiles(file: string): Promise<{ files: LoadedRecipeFile[]; problems: RecipeProblem[] }> {
  const absolute = path.resolve(file);
  const walk: Walk = { files: [], problems: [], seen: new Set([absolute]) };
  await visit(walk, file, absolute, []);
  return { files: walk.files, problems: walk.problems };
}

async function visit(
  walk: Walk,
  file: string,
  absolute: string,
  ancestors: readonly RecipeSource[],
  includedAt?: { source: RecipeSource; index: number; entry: string },
): Promise<void> {
  const read = await readText(absolute);
  if ('reason' in read) {
    walk.problems.push(
      includedAt
        ? problemAt(
            includedAt.source,
            ['include', includedAt.index],
            `cannot read included recipe "${includedAt.entry}" (resolved to ${absolute}): ${read.reason}; include paths are relative to the including file`,
          )
        : { file, line: 1, column: 1, key: '', message: `cannot read recipe file (resolved to ${absolute}): ${read.reason}` },
    );
    return;
  }
  const parsed = parseRecipeYaml(file, absolute, read.text);
  walk.problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return;
  const { source } = parsed;
  const { recipe, problems } = validateRecipeSource(source);
  walk.problems.push(...problems);
  if (recipe) {
    const rules = recipe.rules.map((rule, index) => normaliseRule(rule, source, index));
    walk.files.push({ source, recipe, rules, isTop: ancestors.length === 0 });
  }
  const lineage = [...ancestors, source];
  for (const [index, entry] of recipe ? recipe.include.entries() : rawIncludes(source)) {
    const includedAbsolute = path.resolve(path.dirname(absolute), entry);
    const includedFile = path.isAbsolute(entry) ? entry : path.join(path.dirname(file), entry);
    const cycleStart = lineage.findIndex((ancestor) => ancestor.absolute === includedAbsolute);
    if (cycleStart >= 0) {
      const chain = [...lineage.slice(cycleStart).map((ancestor) => ancestor.file), includedFile].join(' → ');
      walk.problems.push(problemAt(source, ['include', index], `include cycle: ${chain}; remove one of these includes`));
      continue;
    }
    if (walk.seen.has(includedAbsolute)) continue;
    walk.seen.add(includedAbsolute);
    await visit(walk, includedFile, includedAbsolute, lineage, { source, index, entry });
  }
}
