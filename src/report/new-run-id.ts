import { randomBytes } from 'node:crypto';

/** `20261126T131500Z-1a2b`: sorts by time, unique across concurrent runs. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}
