import type { Captures, Range, Resolution } from '../core/types.js';

/** Where a matcher matched, before the rule's metadata turns it into a Finding. */
export interface Hit {
  range: Range;
  /** The symbol matched, e.g. `java.util.Date#getYear`. */
  symbol?: string;
  resolution: Resolution;
  /** What a fix may rewrite; absent for matchers whose hits cannot be fixed. */
  captures?: Captures;
}
