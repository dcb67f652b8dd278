import type { Captures, FileProblem, Position, Range } from '../../core/types.js';

/**
 * What one Java file declares, as far as its own syntax tells (pass 1 of the Java index). Type names
 * are still as written (`Date`, `java.util.Date`, `Map.Entry`); link-java.ts resolves them against the
 * whole project. Plain data: cacheable by content hash, transferable between threads.
 */
export interface JavaFileDecls extends JavaProjectDecls {
  annotations: JavaAnnotationFact[];
  /** Hits of raw tree-sitter queries, by query source: the range of each `@match` capture. */
  queryHits: Record<string, Range[]>;
  problems: Omit<FileProblem, 'path'>[];
  lines: number;
}

/** What the resolver needs of every file of the project: the part of pass 1 other files can see. */
export interface JavaProjectDecls {
  package: string;
  imports: JavaImport[];
  types: JavaTypeFact[];
  methods: JavaMethodFact[];
  fields: JavaFieldFact[];
}

/** A file's declarations and its uses (calls, `new`s, field accesses), the input of linking. */
export interface JavaFileFacts extends JavaFileDecls {
  refs: JavaRefFact[];
}

export interface JavaImport {
  /** Imported name without `.*`: `java.util.Date`, `java.util` (on demand), `org.junit.Assert.assertEquals` (static). */
  name: string;
  isStatic: boolean;
  onDemand: boolean;
  /** The whole declaration, from `import` to `;`. */
  range: Range;
}

export interface JavaTypeFact {
  /** Canonical name: package + enclosing type names (`com.acme.Outer.Inner`); anonymous classes get `Outer$1`. */
  fqn: string;
  name: string;
  kind: 'class' | 'interface' | 'enum' | 'record' | 'annotation' | 'anonymous';
  /** The type this one is nested in, if any. */
  outer?: string;
  /** Supertypes as written, each with the position of its name. For an anonymous class: the created type. */
  supers: Array<{ name: string; pos: Position; isClass: boolean }>;
  deprecated: boolean;
  pos: Position;
  /** Body range, for mapping positions to their enclosing type. */
  start: number;
  end: number;
}

export interface JavaMethodFact {
  owner: string;
  name: string;
  /** Parameter types as written; `...` varargs noted. */
  params: string[];
  varargs: boolean;
  /** Return type as written; null for constructors. */
  returns: string | null;
  isConstructor: boolean;
  isStatic: boolean;
  deprecated: boolean;
  pos: Position;
}

export interface JavaFieldFact {
  owner: string;
  name: string;
  type: string;
  isStatic: boolean;
  deprecated: boolean;
  pos: Position;
}

/**
 * The syntactic shape of an expression, enough to infer its static type later.
 * - `name`: an identifier or dotted name that is not a local variable: a field, a type, or a package-qualified type.
 * - `value`: something of a type written in the code (a declared local, a literal, `new X()`, a cast),
 *   with its generic arguments when written (`List<Date>`).
 */
export type Expr =
  | { k: 'name'; name: string }
  | { k: 'value'; type: string }
  | { k: 'call'; recv: Expr; name: string; argc: number }
  | { k: 'field'; recv: Expr; name: string }
  /**
   * An element of an array whose type only resolving can tell (`dates[0]` with `dates` a field), or of
   * what `for (var d : dates)` iterates.
   */
  | { k: 'element'; of: Expr }
  /** Parameter `param` of an untyped lambda passed to `recv.method(…)` (`dates.forEach(d -> …)`). */
  | { k: 'lambda-param'; recv: Expr; method: string; param: number }
  | { k: 'this' }
  | { k: 'super' }
  | { k: 'implicit' }
  | { k: 'unknown' };

export interface JavaRefFact {
  /** `type`: a type written in a declaration, cast, `instanceof`, generic argument or class literal. */
  kind: 'new' | 'call' | 'member' | 'type';
  /** Method or field name; for `new` and `type`, the type as written. */
  name: string;
  /** Receiver (call, member); `implicit` for an unqualified call or a bare statically imported name. */
  recv: Expr;
  args: Expr[];
  /** From where a finding points (`new` keyword, method name, field name) to the end of the expression. */
  range: Range;
  /** Spans a fix can rewrite (argument types are added when linking). */
  captures: Captures;
  /** Innermost enclosing type (canonical name), '' at top level. */
  scope: string;
  /**
   * A bare `case QUICK:` label, read as `subject.QUICK`: a use only if it binds to a constant of a
   * project enum (on an int switch it is a constant expression, not a member to match or rewrite),
   * or, for `static-import`, if it is a statically imported name (read as such, like any bare one).
   */
  caseLabel?: 'enum' | 'enum-or-static-import';
}

export interface JavaAnnotationFact {
  name: string;
  attributes: string[];
  range: Range;
  captures: Captures;
  scope: string;
}
