import type { Resolution } from '../../core/types.js';
import { weakest } from '../../core/weakest.js';
import type { Expr, JavaFieldFact, JavaProjectDecls, JavaMethodFact, JavaTypeFact } from './facts.js';
import { JDK_SUPERTYPES, PRIMITIVES } from './jdk-facts.js';
import { jdkLambdaParamType, jdkMemberType, typeArgument } from './jdk-member-type.js';
import { splitGenericType } from './type-text.js';

/**
 * A type as far as syntax can tell: one name when certain, several candidates when only on-demand
 * imports could say (`import java.util.*; import java.sql.*;` → `Date` is one of two).
 */
export interface TypeRef {
  names: string[];
  grade: Resolution;
  /** The expression names a type (a static receiver), not a value of that type. */
  isStatic?: boolean;
  /**
   * The generic arguments written with the type (`List<Date>`), each resolved or undefined (a wildcard,
   * a type variable): what `list.get(0)` returns. Absent for a raw type.
   */
  args?: Array<TypeRef | undefined>;
}

/** The project declaration a use binds to, when it binds to one. */
export interface BoundDecl {
  owner: string;
  deprecated: boolean;
}

export interface Binding {
  /** The type whose member is used; undefined when the receiver's type is unknown. */
  owner?: TypeRef;
  decl?: BoundDecl;
}

interface DeclaredIn<T> {
  fact: T;
  file: JavaProjectDecls;
}


/**
 * Resolves names across the whole project (pass 2 of the Java index): type names in a file's context,
 * the static types of receiver expressions, and which declaration a call or field access binds to.
 * Pure and in memory; built once per run from every file's facts.
 */
export class JavaResolver {
  private readonly types = new Map<string, DeclaredIn<JavaTypeFact>>();
  private readonly methods = new Map<string, DeclaredIn<JavaMethodFact>[]>();
  private readonly fields = new Map<string, DeclaredIn<JavaFieldFact>[]>();
  private readonly packages = new Set<string>();
  private readonly supertypeCache = new Map<string, TypeRef[]>();
  private readonly closureCache = new Map<string, Map<string, Resolution>>();

  constructor(files: readonly JavaProjectDecls[]) {
    for (const file of files) {
      this.packages.add(file.package);
      for (const t of file.types) this.types.set(t.fqn, { fact: t, file });
      for (const m of file.methods) push(this.methods, `${m.owner}#${m.name}`, { fact: m, file });
      for (const f of file.fields) push(this.fields, `${f.owner}#${f.name}`, { fact: f, file });
    }
  }

  isProjectType(fqn: string): boolean {
    return this.types.has(fqn);
  }

  typeFact(fqn: string): JavaTypeFact | undefined {
    return this.types.get(fqn)?.fact;
  }

  /** The outermost type enclosing `fqn` (itself when top-level). */
  topLevelOf(fqn: string): string {
    let current = fqn;
    for (let t = this.types.get(current); t?.fact.outer && this.types.has(t.fact.outer); t = this.types.get(current)) {
      current = t.fact.outer;
    }
    return current;
  }

  /** Resolves a type name as written in `file`, seen from inside the type `scope` ('' at top level). */
  resolveType(written: string, file: JavaProjectDecls, scope: string): TypeRef | undefined {
    if (!written || written === 'var' || written === '?') return undefined;
    if (written.includes('<')) {
      const { base, args } = splitGenericType(written);
      const ref = this.resolveType(base, file, scope);
      if (!ref || args.length === 0) return ref;
      return { ...ref, args: args.map((a) => this.resolveTypeArgument(a, file, scope)) };
    }
    const arrays = written.endsWith(']') ? (/(\[\])+$/.exec(written)?.[0] ?? '') : '';
    const bare = arrays ? written.slice(0, -arrays.length) : written;
    if (PRIMITIVES.has(bare)) return { names: [written], grade: 'exact' };
    const dot = bare.indexOf('.');
    if (dot > 0) {
      const head = this.resolveSimpleType(bare.slice(0, dot), file, scope);
      const tail = bare.slice(dot);
      if (head) return { names: head.names.map((n) => n + tail + arrays), grade: head.grade };
      return { names: [written], grade: 'exact' };
    }
    const simple = this.resolveSimpleType(bare, file, scope);
    // Type refs are never changed once made: the cached one serves as it is when there is no array suffix.
    if (!simple || !arrays) return simple;
    return { names: simple.names.map((n) => n + arrays), grade: simple.grade };
  }

  /** A generic argument: `? extends X` is at least an X; `?` and `? super X` say nothing. */
  private resolveTypeArgument(written: string, file: JavaProjectDecls, scope: string): TypeRef | undefined {
    const bound = written.startsWith('?') ? /^\?\s*extends\s+(.+)$/.exec(written)?.[1] : written;
    return bound ? this.resolveType(bound, file, scope) : undefined;
  }

  /** Simple names resolve the same way everywhere in one scope of one file: resolve each once. */
  private readonly simpleTypeCache = new WeakMap<JavaProjectDecls, Map<string, TypeRef | undefined>>();

  private resolveSimpleType(name: string, file: JavaProjectDecls, scope: string): TypeRef | undefined {
    let cache = this.simpleTypeCache.get(file);
    if (!cache) this.simpleTypeCache.set(file, (cache = new Map()));
    const key = `${scope}\0${name}`;
    if (cache.has(key)) return cache.get(key);
    const resolved = this.resolveSimpleTypeUncached(name, file, scope);
    cache.set(key, resolved);
    return resolved;
  }

  private resolveSimpleTypeUncached(name: string, file: JavaProjectDecls, scope: string): TypeRef | undefined {
    for (const s of this.scopeChain(scope)) {
      if (this.types.get(s)?.fact.name === name && !s.includes('$')) return { names: [s], grade: 'exact' };
      if (this.types.has(`${s}.${name}`)) return { names: [`${s}.${name}`], grade: 'exact' };
      for (const sup of this.supertypes(s)) {
        for (const n of sup.names) if (this.types.has(`${n}.${name}`)) return { names: [`${n}.${name}`], grade: sup.grade };
      }
    }
    for (const imp of file.imports) {
      if (!imp.onDemand && imp.name.endsWith(`.${name}`) && !imp.isStatic) return { names: [imp.name], grade: 'exact' };
    }
    const samePackage = file.package ? `${file.package}.${name}` : name;
    if (this.types.has(samePackage)) return { names: [samePackage], grade: 'exact' };
    // By convention types are capitalised and constants are not types: `java` or `ROUND_UP` is no type name;
    // and a single capital not declared anywhere is a type variable (`T`, `E`), not `java.lang.T`.
    if (!isTypeLikeName(name) || name.length === 1) return undefined;
    const candidates: string[] = [];
    for (const imp of file.imports) {
      if (!imp.onDemand) {
        // A single static import may import a nested type: `import static a.b.Outer.Inner;`.
        if (imp.isStatic && imp.name.endsWith(`.${name}`) && this.types.has(imp.name)) return { names: [imp.name], grade: 'exact' };
        continue;
      }
      const fqn = `${imp.name}.${name}`;
      if (this.types.has(fqn)) return { names: [fqn], grade: 'exact' };
      if (!this.packages.has(imp.name) && !this.types.has(imp.name)) candidates.push(fqn);
    }
    candidates.push(`java.lang.${name}`);
    return { names: candidates, grade: 'by-import' };
  }

  /** `scope`, then the types enclosing it, innermost first. */
  scopeChain(scope: string): string[] {
    const chain: string[] = [];
    for (let s: string | undefined = scope; s; s = this.types.get(s)?.fact.outer) {
      chain.push(s);
      if (chain.length > 32) break;
    }
    return chain;
  }

  /** Direct supertypes of a project type, resolved in its own file. */
  supertypes(fqn: string): TypeRef[] {
    const cached = this.supertypeCache.get(fqn);
    if (cached) return cached;
    this.supertypeCache.set(fqn, []); // guards against cyclic declarations
    const declared = this.types.get(fqn);
    let result: TypeRef[] = [];
    if (declared) {
      const context = declared.fact.outer ?? '';
      result = declared.fact.supers.flatMap((s) => {
        const ref = this.resolveType(s.name, declared.file, context);
        return ref ? [ref] : [];
      });
    } else {
      const jdk = JDK_SUPERTYPES[fqn];
      if (jdk) result = jdk.map((n) => ({ names: [n], grade: 'exact' as const }));
    }
    this.supertypeCache.set(fqn, result);
    return result;
  }

  /** Every type `name` can be seen as: itself, its supertypes (project and known JDK), and Object (cached; read-only). */
  private closureOf(name: string): Iterable<string> {
    let closure = this.singleClosureCache.get(name);
    if (!closure) {
      closure = [...this.gradedClosure([name]).keys()];
      this.singleClosureCache.set(name, closure);
    }
    return closure;
  }

  private readonly singleClosureCache = new Map<string, string[]>();

  /**
   * Like closure(), with how surely each supertype was resolved: the weakest grade on the way there
   * (a project class `extends Thread` reaches java.lang.Thread `by-import`).
   */
  gradedClosure(names: readonly string[]): Map<string, Resolution> {
    const key = names.join('\0');
    const cached = this.closureCache.get(key);
    if (cached) return cached;
    const seen = new Map<string, Resolution>();
    this.closureCache.set(key, seen);
    const queue: Array<[string, Resolution]> = names.map((n) => [n, 'exact']);
    while (queue.length > 0) {
      const next = queue.shift();
      if (!next || seen.has(next[0])) continue;
      const [name, grade] = next;
      seen.set(name, grade);
      for (const s of this.supertypes(name)) for (const n of s.names) queue.push([n, weakest(grade, s.grade)]);
    }
    if (!seen.has('java.lang.Object')) seen.set('java.lang.Object', 'exact');
    return seen;
  }

  /** The static type of an expression, or undefined when syntax cannot tell. */
  typeOf(expr: Expr, file: JavaProjectDecls, scope: string): TypeRef | undefined {
    switch (expr.k) {
      case 'value':
        return this.resolveType(expr.type, file, scope);
      case 'name':
        return this.resolveNameExpr(expr.name, file, scope);
      case 'this':
        return scope ? { names: [scope], grade: 'exact' } : undefined;
      case 'super':
        return scope ? this.supertypes(scope)[0] : undefined;
      case 'call': {
        const binding = this.bindMember('call', expr.recv, expr.name, expr.argc, file, scope);
        return binding.owner && this.memberType('call', binding, expr.name, expr.argc);
      }
      case 'field': {
        const binding = this.bindMember('member', expr.recv, expr.name, 0, file, scope);
        return binding.owner && this.memberType('member', binding, expr.name, 0);
      }
      case 'lambda-param': {
        const owner = this.typeOf(expr.recv, file, scope);
        if (!owner) return undefined;
        for (const typeName of owner.names) {
          const param = jdkLambdaParamType(this.closureOf(typeName), expr.method, expr.param, owner);
          if (param) return param;
        }
        return undefined;
      }
      case 'element': {
        // Of an array, or (what `for (var x : xs)` iterates) of an Iterable: its first type argument.
        const of = this.typeOf(expr.of, file, scope);
        if (!of || of.names.length === 0) return undefined;
        if (of.names.every((n) => n.endsWith('[]'))) return { ...of, names: of.names.map((n) => n.slice(0, -2)) };
        return this.gradedClosure(of.names).has('java.lang.Iterable') ? typeArgument(of, 0) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The declared type of a bound method's result or field, resolved where it was declared. */
  private memberType(kind: 'call' | 'member', binding: Binding, name: string, argc: number): TypeRef | undefined {
    const owner = binding.owner;
    if (!owner) return undefined;
    for (const typeName of owner.names) {
      const enumType = kind === 'call' ? this.enumMethodType(typeName, name, argc) : undefined;
      if (enumType) return { names: [enumType], grade: owner.grade };
      const found = kind === 'call' ? this.findMethod(typeName, name, argc) : this.findField(typeName, name);
      if (found) {
        const written = 'returns' in found.fact ? found.fact.returns : found.fact.type;
        const ref = written ? this.resolveType(written, found.file, found.fact.owner) : undefined;
        return ref && { names: ref.names, grade: weakest(ref.grade, owner.grade), ...(ref.args ? { args: ref.args } : {}) };
      }
      const jdk = jdkMemberType(kind, this.closureOf(typeName), name, owner);
      if (jdk) return jdk;
    }
    return undefined;
  }

  /** The methods the compiler gives every project enum: `values()` (an array of it) and `valueOf(name)`. */
  private enumMethodType(typeName: string, name: string, argc: number): string | undefined {
    if (this.types.get(typeName)?.fact.kind !== 'enum') return undefined;
    if (name === 'values' && argc === 0) return `${typeName}[]`;
    if (name === 'valueOf' && argc === 1) return typeName;
    return undefined;
  }

  /** A name used as an expression: a field of an enclosing type, a (nested) type, or `Type.FIELD` chains. */
  private resolveNameExpr(name: string, file: JavaProjectDecls, scope: string): TypeRef | undefined {
    const parts = name.split('.');
    const first = parts[0] ?? '';
    let current: TypeRef | undefined;
    let i = 1;
    const field = this.findFieldInScope(first, scope);
    const imported = field ? undefined : this.staticallyImportedField(first, file);
    if (field) {
      current = this.resolveType(field.fact.type, field.file, field.fact.owner);
    } else if (imported) {
      current = imported;
    } else if (isTypeLikeName(first)) {
      const t = this.resolveSimpleType(first, file, scope);
      current = t && { ...t, isStatic: true };
    } else {
      // A package-qualified name: the first capitalised segment ends the package.
      const typeAt = parts.findIndex((p) => /^[A-Z]/.test(p));
      if (typeAt <= 0) return undefined;
      current = { names: [parts.slice(0, typeAt + 1).join('.')], grade: 'exact', isStatic: true };
      i = typeAt + 1;
    }
    for (; current && i < parts.length; i++) {
      const part = parts[i] ?? '';
      if (current.isStatic && /^[A-Z][a-z]/.test(part)) {
        current = { names: current.names.map((n) => `${n}.${part}`), grade: current.grade, isStatic: true };
        continue;
      }
      current = this.memberType('member', { owner: current }, part, 0);
    }
    return current;
  }

  /** The type of a bare name brought in by `import static Type.NAME;` or `import static Type.*;`. */
  private staticallyImportedField(name: string, file: JavaProjectDecls): TypeRef | undefined {
    for (const imp of file.imports) {
      if (!imp.isStatic) continue;
      if (imp.onDemand ? isTypeLikeName(name) : !imp.name.endsWith(`.${name}`)) continue;
      const ownerName = imp.onDemand ? imp.name : imp.name.slice(0, -name.length - 1);
      const owner = this.resolveType(ownerName, file, '');
      const type = owner && this.memberType('member', { owner }, name, 0);
      if (type || !imp.onDemand) return type ?? { names: [], grade: 'name-only' };
    }
    return undefined;
  }

  private findFieldInScope(name: string, scope: string): DeclaredIn<JavaFieldFact> | undefined {
    for (const s of this.scopeChain(scope)) {
      const f = this.findField(s, name);
      if (f) return f;
    }
    return undefined;
  }

  private findField(typeName: string, name: string): DeclaredIn<JavaFieldFact> | undefined {
    for (const t of this.closureOf(typeName)) {
      const f = this.fields.get(`${t}#${name}`)?.[0];
      if (f) return f;
    }
    return undefined;
  }

  /** A method declared in `typeName` or a project supertype, preferring the right arity. */
  findMethod(typeName: string, name: string, argc: number): DeclaredIn<JavaMethodFact> | undefined {
    for (const t of this.closureOf(typeName)) {
      const candidates = this.methods.get(`${t}#${name}`);
      if (!candidates) continue;
      return candidates.find((c) => arityFits(c.fact, argc)) ?? candidates[0];
    }
    return undefined;
  }

  /** Constructors of a project type with the right arity. */
  constructorsOf(fqn: string, argc: number): JavaMethodFact[] {
    const simple = this.types.get(fqn)?.fact.name ?? '';
    return (this.methods.get(`${fqn}#${simple}`) ?? []).map((m) => m.fact).filter((m) => m.isConstructor && arityFits(m, argc));
  }

  /**
   * Which type a call (`kind: 'call'`) or field use (`kind: 'member'`) binds to. Unqualified uses look
   * in the enclosing types (and their project supertypes), then single static imports, then an external
   * superclass of the enclosing type, then static on-demand imports.
   */
  bindMember(kind: 'call' | 'member', recv: Expr, name: string, argc: number, file: JavaProjectDecls, scope: string): Binding {
    if (recv.k === 'implicit') return this.bindUnqualified(kind, name, argc, file, scope);
    const owner = this.typeOf(recv, file, scope);
    if (!owner) return {};
    for (const n of owner.names) {
      const found = kind === 'call' ? this.findMethod(n, name, argc) : this.findField(n, name);
      if (found) return { owner: { names: [found.fact.owner], grade: owner.grade }, decl: this.declOf(found.fact) };
    }
    return { owner };
  }

  private bindUnqualified(kind: 'call' | 'member', name: string, argc: number, file: JavaProjectDecls, scope: string): Binding {
    for (const s of this.scopeChain(scope)) {
      const found = kind === 'call' ? this.findMethod(s, name, argc) : this.findField(s, name);
      if (found) return { owner: { names: [found.fact.owner], grade: 'exact' }, decl: this.declOf(found.fact) };
      if (kind === 'call' && this.enumMethodType(s, name, argc)) return { owner: { names: [s], grade: 'exact' } };
    }
    for (const imp of file.imports) {
      if (imp.isStatic && !imp.onDemand && imp.name.endsWith(`.${name}`)) {
        const owner = this.resolveType(imp.name.slice(0, -name.length - 1), file, '') ?? { names: [], grade: 'exact' as const };
        return { owner: { names: owner.names, grade: 'exact' }, ...this.declFor(kind, owner.names, name, argc) };
      }
    }
    for (const s of this.scopeChain(scope)) {
      const external = this.externalSupertype(s);
      if (external) return { owner: external };
    }
    const onDemand = file.imports.filter((i) => i.isStatic && i.onDemand).map((i) => i.name);
    if (onDemand.length > 0) {
      return { owner: { names: onDemand, grade: 'by-import' }, ...this.declFor(kind, onDemand, name, argc) };
    }
    return kind === 'call' ? { owner: { names: ['java.lang.Object'], grade: 'by-import' } } : {};
  }

  private declFor(kind: 'call' | 'member', owners: string[], name: string, argc: number): { decl?: BoundDecl } {
    for (const o of owners) {
      const found = kind === 'call' ? this.findMethod(o, name, argc) : this.findField(o, name);
      if (found) return { decl: this.declOf(found.fact) };
    }
    return {};
  }

  /** The first supertype outside the project reached from a project type (its class before its interfaces). */
  private externalSupertype(fqn: string): TypeRef | undefined {
    const seen = new Set<string>();
    const queue = [fqn];
    while (queue.length > 0) {
      const t = queue.shift();
      if (t === undefined || seen.has(t)) continue;
      seen.add(t);
      for (const s of this.supertypes(t)) {
        const projectName = s.names.find((n) => this.types.has(n));
        if (projectName) queue.push(projectName);
        else return s;
      }
    }
    return undefined;
  }

  private declOf(fact: JavaMethodFact | JavaFieldFact): BoundDecl {
    const ownerDeprecated = this.types.get(fact.owner)?.fact.deprecated ?? false;
    return { owner: fact.owner, deprecated: fact.deprecated || ownerDeprecated };
  }
}

/** Capitalised but not an ALL_CAPS constant: `Date`, `URLEncoder`, `X`; not `ROUND_UP`, `java`. */
function isTypeLikeName(name: string): boolean {
  return /^[A-Z]/.test(name) && (name.length === 1 || /[a-z]/.test(name));
}

function arityFits(method: JavaMethodFact, argc: number): boolean {
  return method.varargs ? argc >= method.params.length - 1 : method.params.length === argc;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
