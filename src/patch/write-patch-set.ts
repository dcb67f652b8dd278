import path from 'node:path';
import { atomicWrite } from '../core/atomic-write.js';
import { InternalError } from '../core/errors.js';
import type { PatchSet } from './types.js';

/** `x.patch` or `rejected/x.patch`, as buildPatchSet names them; anything else could escape `dir`. */
const PATCH_NAME = /^(?:rejected\/)?[A-Za-z0-9_][A-Za-z0-9._-]*\.patch$/;

/**
 * Writes `<dir>/*.patch`, `<dir>/rejected/*.patch` and, last, `<dir>/manifest.json`, each atomically: a
 * crash leaves no half-written file, and a manifest only once every patch it names is in place.
 */
export async function writePatchSet(dir: string, set: PatchSet): Promise<void> {
  for (const file of set.files) {
    if (!PATCH_NAME.test(file.name)) throw new InternalError(`Refusing to write patch file ${JSON.stringify(file.name)}`);
  }
  for (const file of set.files) await atomicWrite(path.join(dir, file.name), file.bytes);
  await atomicWrite(path.join(dir, 'manifest.json'), `${JSON.stringify(set.manifest, null, 2)}\n`);
}
