import type { Hit } from '../hit.js';
import type { JavaMatcher } from './java-matcher.js';

/**
 * `deprecated: true`: uses of project declarations marked `@Deprecated` or `@deprecated` (and of
 * members of deprecated types, and the deprecated types written anywhere: a field's or parameter's
 * type, a cast, a generic argument…) from outside the top-level type that declares them, as javac warns.
 */
export const deprecatedMatcher: JavaMatcher<'deprecated'> = {
  kind: 'deprecated',
  match(file) {
    const hits: Hit[] = [];
    for (const use of file.uses) {
      const decl = use.decl;
      if (!decl?.deprecated || decl.topLevel === use.topLevel) continue;
      const symbol = use.kind === 'new' ? `${decl.owner}#<init>` : `${decl.owner}#${use.name}`;
      hits.push({ range: use.range, symbol, resolution: use.owner?.grade ?? 'exact' });
    }
    for (const s of file.supertypeUses) {
      if (!s.deprecated || s.declTopLevel === s.topLevel) continue;
      hits.push({ range: s.range, symbol: s.type?.names[0] ?? '', resolution: s.type?.grade ?? 'exact' });
    }
    for (const t of file.deprecatedTypeRefs) {
      if (t.declTopLevel !== t.topLevel) hits.push({ range: t.range, symbol: t.type, resolution: t.grade });
    }
    return hits.sort((a, b) => a.range.start.offset - b.range.start.offset);
  },
};
