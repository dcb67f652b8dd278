import type { MatcherKindFor } from '../specs.js';
import { annotationMatcher } from './annotation-matcher.js';
import { callMatcher } from './call-matcher.js';
import { deprecatedMatcher } from './deprecated-matcher.js';
import { extendsMatcher } from './extends-matcher.js';
import { importMatcher } from './import-matcher.js';
import type { JavaMatcher } from './java-matcher.js';
import { memberMatcher } from './member-matcher.js';
import { newMatcher } from './new-matcher.js';
import { overridesMatcher } from './overrides-matcher.js';
import { queryMatcher } from './query-matcher.js';

/** Every Java matcher, by kind. The one place a new matcher is registered. */
export const JAVA_MATCHERS: { [K in MatcherKindFor<'java'>]: JavaMatcher<K> } = {
  new: newMatcher,
  call: callMatcher,
  member: memberMatcher,
  import: importMatcher,
  annotation: annotationMatcher,
  extends: extendsMatcher,
  overrides: overridesMatcher,
  deprecated: deprecatedMatcher,
  query: queryMatcher,
};
