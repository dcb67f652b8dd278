import type { Hit } from '../hit.js';
import type { JavaMatcher } from './java-matcher.js';

/** `extends: junit.framework.TestCase`: classes and interfaces that name the type in extends/implements. */
export const extendsMatcher: JavaMatcher<'extends'> = {
  kind: 'extends',
  match(file, options) {
    const hits: Hit[] = [];
    for (const s of file.supertypeUses) {
      const target = s.type && options.find((o) => s.type?.names.includes(o));
      if (s.type && target) hits.push({ range: s.range, symbol: target, resolution: s.type.grade });
    }
    return hits;
  },
};
