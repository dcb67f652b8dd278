import { UsageError } from '../core/errors.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2 };

/** `2MB`, `512k`, `1048576` → bytes. */
export function parseSize(text: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const factor = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || factor === undefined) throw new UsageError(`${option} expects a size such as 2MB, 512KB or 1048576 (got ${JSON.stringify(text)})`);
  return Math.round(Number(m[1]) * factor);
}
