import type { Hit } from '../hit.js';
import { matchTsUses } from './match-ts-uses.js';
import type { TsMatcher } from './ts-matcher.js';

/** `new: buffer#Buffer` (module#export) or `new: Date` (a global): constructions of exactly that. */
export const tsNewMatcher: TsMatcher<'new'> = {
  kind: 'new',
  match: (file, options) => matchTsUses(file, 'new', options.map((o) => (typeof o === 'string' ? { ref: o } : { ref: o.type, args: o.args }))),
};

/** `call: url#parse`, `call: NodeJS.Process#binding`: calls of what a module exports or a type declares. */
export const tsCallMatcher: TsMatcher<'call'> = {
  kind: 'call',
  match: (file, options) => matchTsUses(file, 'call', options.map((o) => (typeof o === 'string' ? { ref: o } : { ref: o.method, args: o.args }))),
};

/** `method: String#substr`: instance calls resolved by the receiver's type; an untyped receiver matches `name-only`. */
export const tsMethodMatcher: TsMatcher<'method'> = {
  kind: 'method',
  match: (file, options) =>
    matchTsUses(file, 'call', options.map((o) => (typeof o === 'string' ? { ref: o } : { ref: o.method, args: o.args })), true),
};

/** `member: fs#R_OK`: property reads of a module's export or a type's member. */
export const tsMemberMatcher: TsMatcher<'member'> = {
  kind: 'member',
  match: (file, options) => matchTsUses(file, 'member', options.map((ref) => ({ ref }))),
};

/** `import: domain`: `import … from`, `require()`, dynamic `import()` and `export … from` of the module (`node:` or not). */
export const tsImportMatcher: TsMatcher<'import'> = {
  kind: 'import',
  match(file, options) {
    const wanted = new Set(options.map((o) => o.replace(/^node:/, '')));
    return file.imports
      .filter((i) => wanted.has(i.module.replace(/^node:/, '')))
      .map((i): Hit => ({
        range: i.range,
        symbol: i.module.replace(/^node:/, ''),
        resolution: 'exact',
        captures: { span: [i.range.start.offset, i.range.end.offset] },
      }));
  },
};

/** `deprecated: project | dependencies | true`: uses of declarations (or signatures) marked `@deprecated`. */
export const tsDeprecatedMatcher: TsMatcher<'deprecated'> = {
  kind: 'deprecated',
  match(file, options) {
    const scope = options[0] ?? true;
    return file.uses
      .filter((u) => u.deprecated && (scope === true || (scope === 'project') === (u.deprecated === 'project')))
      .map((u): Hit => ({ range: u.range, symbol: `${u.owner ?? ''}#${u.name}`, resolution: u.grade }));
  },
};

/** `query:` a raw tree-sitter query (run by the index on each file's own grammar). */
export const tsQueryMatcher: TsMatcher<'query'> = {
  kind: 'query',
  match: (file, options) => options.flatMap((source) => (file.queryHits[source] ?? []).map((range): Hit => ({ range, resolution: 'exact' }))),
};
