import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Replaces an existing file's content atomically (temp file in the same directory, then rename), keeping
 * its permission bits: core's atomicWrite would create the new file with the default mode and drop, say,
 * the executable bit of a script — a change git would then report.
 */
export async function replaceFile(file: string, data: Uint8Array, mode: number): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data, { mode, flag: 'wx' });
    await chmod(tmp, mode);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
