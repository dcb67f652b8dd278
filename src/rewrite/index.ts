export { fixSchema, normaliseFix, type Fix, type FixCase } from './fix-spec.js';
export { planRewrites, type FixOutcome, type RewritePlan, type SourceText } from './plan-rewrites.js';
export { verifyByReparsing } from './verify-reparse.js';
export { verifyByTypeChecking } from './verify-typecheck.js';
export { verifyWithCommand, type VerifyCommand } from './verify-command.js';
