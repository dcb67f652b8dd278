import type { Resolution } from './types.js';
import { RESOLUTIONS } from './types.js';

/** The weaker of two resolution grades (`exact` > `by-import` > `name-only`). */
export function weakest(a: Resolution, b: Resolution): Resolution {
  return RESOLUTIONS.indexOf(a) >= RESOLUTIONS.indexOf(b) ? a : b;
}
