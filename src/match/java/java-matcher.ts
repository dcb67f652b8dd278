import type { LinkedJavaFile } from '../../index/java/linked.js';
import type { MatcherKind, MatcherOptions } from '../specs.js';
import type { Hit } from '../hit.js';

/** A built-in Java matcher: pure function of one linked file and the rule's options (any of them). */
export interface JavaMatcher<K extends MatcherKind> {
  kind: K;
  match(file: LinkedJavaFile, options: ReadonlyArray<MatcherOptions<K>>): Hit[];
}
