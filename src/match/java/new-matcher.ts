import { weakest } from '../../core/weakest.js';
import type { Hit } from '../hit.js';
import type { JavaMatcher } from './java-matcher.js';
import { matchArgs } from './match-args.js';
import { usesByName } from './uses-by-name.js';

/** `new: java.lang.Integer` or `{ type, args }`: object creations of exactly that type. */
export const newMatcher: JavaMatcher<'new'> = {
  kind: 'new',
  match(file, options) {
    const specs = options.map((o) => (typeof o === 'string' ? { type: o, args: undefined } : o));
    const hits: Hit[] = [];
    const simpleNames = new Set(specs.map((s) => s.type.slice(s.type.lastIndexOf('.') + 1)));
    const uses = [...simpleNames].flatMap((n) => usesByName(file, 'new').get(n) ?? []);
    uses.sort((a, b) => a.range.start.offset - b.range.start.offset);
    for (const use of uses) {
      if (!use.owner) continue;
      const owner = use.owner;
      for (const spec of specs) {
        if (!owner.names.includes(spec.type)) continue;
        const argGrade = matchArgs(spec.args, use.args);
        if (argGrade === false) continue;
        hits.push({ range: use.range, symbol: `${spec.type}#<init>`, resolution: weakest(owner.grade, argGrade), captures: use.captures });
        break;
      }
    }
    return hits;
  },
};
