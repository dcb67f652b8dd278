import type { Language } from '../core/types.js';

const TYPESCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** Declaration files describe code that lives elsewhere; findings in them are not fixable here. */
const DECLARATION_SUFFIXES = ['.d.ts', '.d.mts', '.d.cts'];

/**
 * The language of a source path by its extension (case-sensitive, like the globs), or `undefined` for
 * files refactor does not scan: other extensions and TypeScript declaration files.
 */
export function languageOfPath(filePath: string): Language | undefined {
  if (filePath.endsWith('.java')) return 'java';
  if (DECLARATION_SUFFIXES.some((suffix) => filePath.endsWith(suffix))) return undefined;
  if (TYPESCRIPT_EXTENSIONS.some((extension) => filePath.endsWith(extension))) return 'typescript';
  return undefined;
}
