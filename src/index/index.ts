export { indexFiles, type IndexOptions } from './index-files.js';
export type { IndexedFile, ProjectIndex } from './project-index.js';
export { readSource } from './read-source.js';
export { compileJavaQuery } from './java/index.js';
export type { LinkedTsFile, TsUse, TsWants } from './typescript/linked.js';
export { compileTsQuery } from './typescript/ts-grammar.js';
export { Locator, splitLines } from './locate.js';
export { openParsePool, type ParsePool } from './parse-pool.js';
export { ParseWorkers } from './parse-workers.js';
