import type { Hit } from '../hit.js';
import type { JavaMatcher } from './java-matcher.js';

/**
 * `import: sun.misc.BASE64Encoder` (a type) or `import: junit.framework` (a package prefix): import
 * declarations of it, static ones included. An on-demand import of the type's package matches too,
 * at `by-import` confidence.
 */
export const importMatcher: JavaMatcher<'import'> = {
  kind: 'import',
  match(file, options) {
    const hits: Hit[] = [];
    for (const imp of file.imports) {
      for (const target of options) {
        if (imp.name === target || imp.name.startsWith(`${target}.`)) {
          hits.push({ range: imp.range, symbol: imp.name, resolution: 'exact', captures: { span: [imp.range.start.offset, imp.range.end.offset] } });
          break;
        }
        const lastDot = target.lastIndexOf('.');
        if (imp.onDemand && !imp.isStatic && target.slice(0, lastDot) === imp.name) {
          hits.push({ range: imp.range, symbol: target, resolution: 'by-import', captures: { span: [imp.range.start.offset, imp.range.end.offset] } });
          break;
        }
      }
    }
    return hits;
  },
};
