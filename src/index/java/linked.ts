import type { Captures, Range, Resolution } from '../../core/types.js';
import type { JavaImport } from './facts.js';
import type { BoundDecl, TypeRef } from './java-resolver.js';

/** The Java index after linking: every use resolved as far as syntax allows. Plain data for match/. */
export interface LinkedJavaFile {
  path: string;
  package: string;
  imports: JavaImport[];
  uses: JavaUse[];
  annotations: LinkedAnnotation[];
  supertypeUses: LinkedSupertype[];
  /** Types written in the file (not in `new`, `extends` or `implements`) that are project types marked deprecated. */
  deprecatedTypeRefs: LinkedTypeRef[];
  methods: LinkedMethod[];
  queryHits: Record<string, Range[]>;
}

/** Every type something can be seen as, with how surely its supertype chain was resolved. */
export type Closure = Record<string, Resolution>;

/** A `new`, a call or a field access, with what it binds to. */
export interface JavaUse {
  kind: 'new' | 'call' | 'member';
  /** Method or field name; for `new`, the simple name of the created type. */
  name: string;
  /**
   * For `new`: the created type. For calls and fields: the type whose member is used, and every type
   * that type can be seen as (its supertypes, so that a subclass' call matches the superclass' method).
   * Undefined when the receiver's type is unknown.
   */
  owner?: { names: string[]; closure: Closure; grade: Resolution };
  /** The project declaration the use binds to (a project method, field or constructor). */
  decl?: BoundDecl & { topLevel: string };
  args: Array<TypeRef | undefined>;
  range: Range;
  captures: Captures;
  /** The outermost type around the use. */
  topLevel: string;
}

export interface LinkedAnnotation {
  type?: TypeRef;
  attributes: string[];
  range: Range;
  captures: Captures;
}

export interface LinkedSupertype {
  /** The declaring type. */
  subtype: string;
  type?: TypeRef;
  /** The supertype when it is a project type marked deprecated. */
  deprecated: boolean;
  declTopLevel?: string;
  topLevel: string;
  range: Range;
}

export interface LinkedTypeRef {
  /** The deprecated project type. */
  type: string;
  grade: Resolution;
  declTopLevel: string;
  topLevel: string;
  range: Range;
}

export interface LinkedMethod {
  owner: string;
  name: string;
  params: number;
  /** Every type the owner can be seen as. */
  ownerClosure: Closure;
  grade: Resolution;
  range: Range;
}
