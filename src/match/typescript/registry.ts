import type { MatcherKindFor } from '../specs.js';
import {
  tsCallMatcher,
  tsDeprecatedMatcher,
  tsImportMatcher,
  tsMemberMatcher,
  tsMethodMatcher,
  tsNewMatcher,
  tsQueryMatcher,
} from './matchers.js';
import type { TsMatcher } from './ts-matcher.js';

/** Every TS/JS matcher, by kind. The one place a new one is registered. */
export const TS_MATCHERS: { [K in MatcherKindFor<'typescript'>]: TsMatcher<K> } = {
  new: tsNewMatcher,
  call: tsCallMatcher,
  method: tsMethodMatcher,
  member: tsMemberMatcher,
  import: tsImportMatcher,
  deprecated: tsDeprecatedMatcher,
  query: tsQueryMatcher,
};
