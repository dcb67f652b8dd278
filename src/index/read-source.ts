import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { decodeSource } from './decode-source.js';
import type { DecodeResult } from './decode-source.js';

export type ReadResult = DecodeResult;

/**
 * Reads and decodes one source file (see decodeSource). File-system problems — missing, a directory,
 * no permission, a FIFO or device — come back as `{ ok: false, reason: 'unreadable' }` with the error
 * code in `detail`; this never throws for a bad file.
 */
export async function readSource(absPath: string): Promise<ReadResult> {
  const bytes = await readRegularFile(absPath);
  return Buffer.isBuffer(bytes) ? decodeSource(bytes) : bytes;
}

/**
 * readSource with blocking calls, for a thread that has nothing else to do meanwhile (a parse worker):
 * for small files the round trips of the asynchronous calls cost more than the reading (20,000 files of
 * 8 lines: open, stat, read and close took ~4 s of each parse thread's time).
 */
export function readSourceSync(absPath: string): ReadResult {
  const bytes = readRegularFileSync(absPath);
  return Buffer.isBuffer(bytes) ? decodeSource(bytes) : bytes;
}

function readRegularFileSync(absPath: string): Buffer | ReadResult {
  try {
    const fd = openSync(absPath, OPEN_FLAGS);
    try {
      return notRegular(fstatSync(fd)) ?? readFileSync(fd);
    } finally {
      try {
        closeSync(fd);
      } catch {
        // Nothing to do: the bytes are read.
      }
    }
  } catch (error) {
    return unreadable(describeError(error));
  }
}

async function readRegularFile(absPath: string): Promise<Buffer | ReadResult> {
  try {
    const handle = await open(absPath, OPEN_FLAGS);
    try {
      return notRegular(await handle.stat()) ?? (await handle.readFile());
    } finally {
      await handle.close().catch(() => undefined);
    }
  } catch (error) {
    return unreadable(describeError(error));
  }
}

/** O_NONBLOCK: opening a FIFO must not wait for a writer (and hang the run); no effect on regular files. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Why an opened path cannot be read as a source file, or undefined for a regular file. */
function notRegular(stats: Stats): ReadResult | undefined {
  if (stats.isDirectory()) return unreadable('EISDIR: is a directory');
  if (!stats.isFile()) return unreadable('not a regular file (FIFO, socket or device)');
  return undefined;
}

function unreadable(detail: string): ReadResult {
  return { ok: false, reason: 'unreadable', detail };
}

/** `EACCES: permission denied` — Node's message without the path, which the caller already knows. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const message = error.message.replace(/, \w+ '.*'$/s, '');
  if (code === undefined || message.startsWith(code)) return message;
  return `${code}: ${message}`;
}
