import type { JavaMatcher } from './java-matcher.js';

/** `query: <tree-sitter query>`: the index ran the query; its `@match` captures are the hits. */
export const queryMatcher: JavaMatcher<'query'> = {
  kind: 'query',
  match(file, options) {
    return options.flatMap((source) => (file.queryHits[source] ?? []).map((range) => ({ range, resolution: 'exact' as const })));
  },
};
