import type { Hit } from '../hit.js';
import type { JavaMatcher } from './java-matcher.js';
import { parseMemberPattern } from '../member-pattern.js';

/** `overrides: java.lang.Object#finalize` or `{ method, params }`: declarations overriding the method. */
export const overridesMatcher: JavaMatcher<'overrides'> = {
  kind: 'overrides',
  match(file, options) {
    const specs = options.map((o) =>
      typeof o === 'string' ? { ...parseMemberPattern(o), params: undefined } : { ...parseMemberPattern(o.method), params: o.params },
    );
    const hits: Hit[] = [];
    for (const m of file.methods) {
      const spec = specs.find(
        (s) =>
          s.member.test(m.name) &&
          (s.params === undefined || s.params === m.params) &&
          m.owner !== s.type &&
          m.ownerClosure[s.type] !== undefined,
      );
      if (spec) hits.push({ range: m.range, symbol: `${spec.type}#${m.name}`, resolution: m.ownerClosure[spec.type] ?? m.grade });
    }
    return hits;
  },
};
