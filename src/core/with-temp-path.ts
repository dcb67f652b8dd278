import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { onInterrupt } from './interrupt-cleanups.js';

/**
 * Runs `work`, which writes `temp` and then renames it into place. If `work` fails, or the process is
 * interrupted meanwhile (Ctrl-C, `kill`), `temp` is removed, folders recursively: nothing half-written
 * is left behind, in the out folder or (with --apply) in the user's tree.
 */
export async function withTempPath<T>(temp: string, work: () => Promise<T>): Promise<T> {
  const undo = onInterrupt(() => rmSync(temp, { recursive: true, force: true }));
  try {
    return await work();
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  } finally {
    undo();
  }
}
