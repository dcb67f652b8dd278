export type { FindingFix, RuleSummary, RunReport, RunStats } from './run-report.js';
export { newRunId } from './new-run-id.js';
export { toSarif } from './to-sarif.js';
export { writeRunFolder, type RunFolder } from './write-run-folder.js';
