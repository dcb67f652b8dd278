import { z } from 'zod';
import { MATCHER_KINDS, MATCHER_SPECS } from '../match/specs.js';
import type { MatcherKind } from '../match/specs.js';
import { MATCHER_DOCS } from './matcher-docs.js';
import { SENTENCE } from './sentence.js';

/** One kind's value: its options, or for `list: true` kinds also a non-empty list of them ("any of these"). */
function kindValueSchema(kind: MatcherKind): z.ZodType {
  const { schema, list } = MATCHER_SPECS[kind];
  const { matches, forms } = MATCHER_DOCS[kind];
  // A one-member union carries the forms as its error (describe() clones, so the schema's identity is lost).
  if (!list) return z.union([schema], { error: forms }).describe(`Matches ${matches}. Accepts ${forms}.`);
  return z
    .union([schema, z.array(schema).min(1)], { error: `${forms}; or a non-empty list of these` })
    .describe(`Matches ${matches}. Accepts ${forms}; or a list of these (any of them matches).`);
}

const shape = Object.fromEntries(MATCHER_KINDS.map((kind) => [kind, kindValueSchema(kind).optional()]));

/** `match:` — a map with exactly one matcher kind as its key. */
export const matchSchema = z
  .strictObject(shape, {
    error: (issue) => (issue.code === 'invalid_type' ? 'a map with one matcher kind, such as { new: java.lang.Integer }' : undefined),
  })
  .superRefine(
    (match, ctx) => {
      const kinds = MATCHER_KINDS.filter((kind) => match[kind] !== undefined);
      if (kinds.length === 1) return;
      const message =
        kinds.length === 0
          ? `match needs one matcher kind; use one of: ${MATCHER_KINDS.join(', ')}`
          : `match has ${kinds.length} matcher kinds (${kinds.join(', ')}); a rule takes exactly one, so split it into one rule per kind`;
      ctx.addIssue({ code: 'custom', message, input: match, params: SENTENCE });
    },
    // Not a map, or an unknown key (which comes with a did-you-mean): that is the problem to report.
    { when: (payload) => !payload.issues.some((issue) => (issue.path ?? []).length === 0) },
  )
  .describe('What the rule finds: exactly one matcher kind, such as { new: java.lang.Integer }.');
