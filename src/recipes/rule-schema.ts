import { z } from 'zod';
import { SEVERITIES } from '../core/types.js';
import { fixSchema } from '../rewrite/fix-spec.js';
import { globListSchema } from './glob-list-schema.js';
import { matchSchema } from './match-schema.js';
import { EFFORT_PATTERN } from './parse-effort.js';

const RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
const EFFORT_FORMS = 'a duration such as 0m, 2m, 1h, 1h30m or 1d (1d = 8h)';

/** One rule as written in a recipe. */
export const ruleSchema = z
  .strictObject({
    id: z
      .string()
      .regex(RULE_ID, 'a kebab-case id such as "java-boxed-constructor" (lowercase letters, digits and "-")')
      .describe('Unique id (kebab-case) across the recipe and everything it includes; shown with each finding.'),
    language: z
      .enum(['java', 'typescript', 'javascript'])
      .describe('Language the rule applies to; `javascript` is the same as `typescript` (covers .ts/.tsx/.js/.jsx/.mjs/.cjs).'),
    match: matchSchema,
    message: z
      .string()
      .min(1)
      .refine((message) => !/[\r\n]/.test(message.trimEnd()), 'a one-line message (put longer guidance under note:)')
      .describe('One line shown with each finding.'),
    note: z.string().optional().describe('Longer guidance for whoever fixes the finding; Markdown allowed.'),
    severity: z.enum(SEVERITIES).default('minor').describe('How bad a finding is (Sonar scale).'),
    effort: z
      .string({ error: EFFORT_FORMS })
      .regex(EFFORT_PATTERN, EFFORT_FORMS)
      .default('5m')
      .describe('Remediation estimate per finding, e.g. 2m, 1h, 1h30m, 1d (= 8h). Adds up to the debt in the report.'),
    files: globListSchema.min(1).optional().describe('Globs (relative to the scanned root) restricting this rule to some files.'),
    ignores: globListSchema.optional().describe('Globs of files this rule skips.'),
    metadata: z.record(z.string(), z.unknown()).default({}).describe('Free-form data carried into findings (e.g. links, tags).'),
    fix: fixSchema
      .optional()
      .describe(
        'A deterministic fix: a template replacing the match ("$TYPE.valueOf($ARGS)"), { rename: newName }, or a list of cases { when, to | rename, imports } where the first case that holds applies.',
      ),
  })
  .describe('A rule: what to find (match), what to say (message), and how much it costs (severity, effort).');

export type RuleInput = z.infer<typeof ruleSchema>;
