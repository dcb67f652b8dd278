import { readFile } from 'node:fs/promises';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

/** A file's UTF-8 text, or why it could not be read, in words. */
export async function readText(absolute: string): Promise<{ text: string } | { reason: string }> {
  try {
    return { text: await readFile(absolute, 'utf8') };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    return { reason: REASONS[code] ?? (error instanceof Error ? error.message : String(error)) };
  }
}
