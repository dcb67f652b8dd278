import { nullThrows } from '../core/null-throws.js';
import { normaliseFix } from '../rewrite/fix-spec.js';
import { normaliseMatch } from './normalise-match.js';
import { parseEffort } from './parse-effort.js';
import { positionOf } from './position-of.js';
import type { RecipeSource } from './recipe-source.js';
import type { RuleInput } from './rule-schema.js';
import type { Rule } from './types.js';

/** A rule as written (already schema-valid) → a Rule: effort in minutes, `javascript` → `typescript`, match options as lists. */
export function normaliseRule(input: RuleInput, source: RecipeSource, index: number): Rule {
  const { line } = positionOf(source, ['rules', index]);
  return {
    id: input.id,
    language: input.language === 'java' ? 'java' : 'typescript',
    match: normaliseMatch(input.match),
    message: input.message.trimEnd(),
    ...(input.note === undefined ? {} : { note: input.note }),
    severity: input.severity,
    effortMinutes: nullThrows(parseEffort(input.effort), `effort "${input.effort}" passed the schema's pattern`),
    ...(input.files === undefined ? {} : { files: input.files }),
    ...(input.ignores === undefined ? {} : { ignores: input.ignores }),
    metadata: input.metadata,
    ...(input.fix === undefined ? {} : { fix: normaliseFix(input.fix) }),
    source: { file: source.file, line },
  };
}
