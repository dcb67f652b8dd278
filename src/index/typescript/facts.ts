import type { FileProblem, Range, Span } from '../../core/types.js';

/**
 * What one TS/JS file says by syntax alone (pass 1): every call, `new` and property read with the
 * name it uses, imports and requires, and what each local name is bound to by them. Plain data,
 * independent of any rule, so it can be cached per content hash. The checker (pass 2) later confirms
 * the sites a rule is interested in.
 */
export interface TsFileFacts {
  imports: TsImport[];
  sites: TsSite[];
  /** Local names bound by import/require: `u` → { module: 'url' }, `p` → { module: 'url', name: 'parse' }. */
  bindings: Record<string, TsBinding>;
  /**
   * Names that may stand for another: `export { a as b }`, `const b = x.a`, `exports.b = x.a`,
   * `{ b: x.a }`. A use of `b` elsewhere is checked when `a` is wanted.
   */
  reexports: Array<{ name: string; alias: string }>;
  /** Names of declarations whose JSDoc says `@deprecated` (confirmed later by the checker). */
  deprecatedNames: string[];
  queryHits: Record<string, Range[]>;
  problems: Omit<FileProblem, 'path'>[];
  lines: number;
}

export interface TsImport {
  /** The module specifier as written (`node:url`, `./lib`, `domain`). */
  module: string;
  kind: 'import' | 'require' | 'dynamic-import' | 'export-from';
  /** From the `import`/`export` keyword or the `require` identifier to the end of the statement or call. */
  range: Range;
}

export interface TsBinding {
  module: string;
  /** The export bound; absent for a namespace or default binding (`const u = require('url')`). */
  name?: string;
}

export interface TsSite {
  kind: 'new' | 'call' | 'member';
  /** The name used: the identifier called or constructed, or the property name. */
  name: string;
  /** The receiver, when it is a plain identifier (`u` in `u.parse()`), for the syntactic fallback. */
  receiver?: string;
  /** From the name (or the `new` keyword) to the end of the expression. */
  range: Range;
  /** Offset of the name token, where the checker is asked. */
  nameOffset: number;
  /** Offsets of the argument expressions (calls and `new`). */
  args: Span[];
  /** The whole expression (call, `new` or property access). */
  span: Span;
  /** The receiver expression (`u` in `u.parse()`), when there is one. */
  receiverSpan?: Span;
  /** The module a `require('m')` receiver loads (`require('fs').F_OK`), for the syntactic fallback. */
  receiverModule?: string;
}

/** The binding of a local name, if the file made one (own properties only: `constructor` is no binding). */
export function bindingOf(facts: Pick<TsFileFacts, 'bindings'>, name: string): TsBinding | undefined {
  return Object.hasOwn(facts.bindings, name) ? facts.bindings[name] : undefined;
}

/** Records a binding; defined as an own property so that a local named `__proto__` stays data. */
export function setBinding(facts: Pick<TsFileFacts, 'bindings'>, name: string, binding: TsBinding): void {
  Object.defineProperty(facts.bindings, name, { value: binding, enumerable: true, writable: true, configurable: true });
}
