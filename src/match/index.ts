export { matchRules } from './match-rules.js';
export type { Match } from './match.js';
export { toFindings } from './to-findings.js';
export { MATCHER_KINDS, MATCHER_SPECS, type MatchSpec, type MatcherKind } from './specs.js';
export { checkQueries } from './check-queries.js';
export { javaWantsOf } from './java/java-wants.js';
export { tsWantsOf } from './typescript/ts-wants.js';
