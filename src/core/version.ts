import { readFileSync } from 'node:fs';

/** This package's version (from package.json, two levels above both src/core and dist/core). */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
