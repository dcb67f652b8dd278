import type { TsWants } from '../../index/index.js';
import type { Recipe } from '../../recipes/types.js';
import { parseMemberPattern } from '../member-pattern.js';

/** What the TS/JS checker pass must confirm for this recipe: the names its rules can match, and deprecations. */
export function tsWantsOf(recipe: Recipe): TsWants {
  const patterns: RegExp[] = [];
  const deprecatedScopes = new Set<TsWants['deprecated']>();
  for (const rule of recipe.rules) {
    if (rule.language !== 'typescript') continue;
    const m = rule.match;
    if (m.kind === 'deprecated') {
      deprecatedScopes.add(m.options[0] === 'project' ? 'project' : 'all');
      continue;
    }
    if (m.kind !== 'new' && m.kind !== 'call' && m.kind !== 'method' && m.kind !== 'member') continue;
    for (const option of m.options as Array<string | { type?: string; method?: string }>) {
      const ref = typeof option === 'string' ? option : (option.method ?? option.type ?? '');
      patterns.push(parseMemberPattern(ref.includes('#') ? ref : `#${ref}`).member);
    }
  }
  const deprecated = deprecatedScopes.has('all') ? 'all' : deprecatedScopes.has('project') ? 'project' : 'none';
  return { name: (name) => patterns.some((p) => p.test(name)), deprecated };
}
