import type { Hit } from '../hit.js';
import type { JavaMatcher } from './java-matcher.js';

/** `annotation: org.junit.Test` or `{ type, attributes }`: annotations of that type (setting one of the attributes). */
export const annotationMatcher: JavaMatcher<'annotation'> = {
  kind: 'annotation',
  match(file, options) {
    const specs = options.map((o) => (typeof o === 'string' ? { type: o, attributes: undefined } : o));
    const hits: Hit[] = [];
    for (const a of file.annotations) {
      if (!a.type) continue;
      const type = a.type;
      const spec = specs.find(
        (s) => type.names.includes(s.type) && (!s.attributes || s.attributes.some((attr) => a.attributes.includes(attr))),
      );
      if (spec) hits.push({ range: a.range, symbol: spec.type, resolution: type.grade, captures: a.captures });
    }
    return hits;
  },
};
