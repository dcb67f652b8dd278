import type { Captures, Finding } from '../core/types.js';

/** A finding before its snippet and fingerprint are known (those need the file's text). */
export type Match = Omit<Finding, 'id' | 'snippet'> & { captures?: Captures };
