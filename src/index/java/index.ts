export { extractJavaFacts } from './extract-java-facts.js';
export type { JavaFileFacts } from './facts.js';
export { compileJavaQuery } from './java-language.js';
export type { TypeRef } from './java-resolver.js';
export type { JavaUse, LinkedJavaFile } from './linked.js';
