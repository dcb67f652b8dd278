import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withTempPath } from './with-temp-path.js';

/** Writes a file so that readers see the old content or the new, never half of it (temp file + rename). */
export async function atomicWrite(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await withTempPath(tmp, async () => {
    await writeFile(tmp, data);
    await rename(tmp, file);
  });
}
