import type { LinkedTsFile } from '../../index/index.js';
import type { Hit } from '../hit.js';
import type { MatcherKind, MatcherOptions } from '../specs.js';

/** A built-in TS/JS matcher: pure function of one linked file and the rule's options (any of them). */
export interface TsMatcher<K extends MatcherKind> {
  kind: K;
  match(file: LinkedTsFile, options: ReadonlyArray<MatcherOptions<K>>): Hit[];
}
