export { extractJavaFacts } from './extract-java-facts.js';
export type { JavaFileFacts } from './facts.js';
export { compileJavaQuery } from './java-language.js';
export type { TypeRef } from './java-resolver.js';
export { linkJava } from './link-java.js';
export type { JavaUse, LinkedJavaFile } from './linked.js';
