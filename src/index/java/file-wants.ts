import { identifierRegExp } from '../../core/identifier-regexp.js';
import type { RefFilter } from './extract-java-refs.js';
import type { JavaProjectDecls, JavaTypeFact } from './facts.js';
import type { JavaUse } from './linked.js';
import { JDK_FIELD_TYPES, JDK_GENERIC_RETURNS, JDK_RETURN_TYPES, JDK_SUPERTYPES } from './jdk-facts.js';
import type { JavaResolver } from './java-resolver.js';

/**
 * Which Java uses some rule of the recipe may match (built by match/java/java-wants.ts). Plain data:
 * it is sent to the worker threads that extract and link uses.
 */
export interface JavaWants {
  /** Regular expressions (sources) over the method names of `call` rules. */
  calls: string[];
  /** Regular expressions (sources) over the field names of `member` rules. */
  members: string[];
  /** Simple names of the types `new` rules construct. */
  creations: string[];
  /** Owners of `Type#*` call rules: any call whose receiver may be of such a type is wanted. */
  anyCallOwners: string[];
  /** Owners of `Type#*` member rules. */
  anyMemberOwners: string[];
  /** A `deprecated: true` rule: uses of the project's own deprecated declarations are wanted. */
  deprecated: boolean;
  /** Regular expressions (sources) over the method names of `overrides` rules. */
  overrides: string[];
}

/** What one file's linking keeps: uses to extract, then (once resolved) uses and method declarations to hand to matching. */
export interface FileWants extends RefFilter {
  /** A linked use some rule may match: by name, or (for `Type#*` rules) by the type it resolved to. */
  keepUse(use: JavaUse): boolean;
  keepMethod(name: string): boolean;
}

/**
 * Turns wants into a per-file filter, once the whole project's declarations are known (the names of
 * deprecated project members, and which project types reach a `Type#*` owner).
 *
 * A `Type#*` rule matches a use only when the resolver types its receiver as (a subtype of) `Type`. The
 * resolver only ever gets a type from a name written in the file (a type, a local's declared type or
 * its generic arguments, a cast, a static import, an enclosing type's supertypes), from a project
 * member's declared type (the member's name is then in the file), from the JDK facts tables (the
 * method's name is then in the file), or from a literal. So a file that
 * contains none of those words cannot have such a use, and only its named uses are extracted; any
 * other file keeps every call. test/index/java-wants.test.ts checks the outcome equals keeping all.
 */
export function fileWantsFor(
  wants: JavaWants,
  resolver: JavaResolver,
  project: readonly JavaProjectDecls[],
): (text: string, file: JavaProjectDecls) => FileWants {
  const callNames = new Set<string>();
  const memberNames = new Set<string>();
  const creations = new Set(wants.creations);
  if (wants.deprecated) {
    const deprecatedTypes = new Set<string>();
    for (const file of project) {
      for (const t of file.types) {
        if (!t.deprecated) continue;
        deprecatedTypes.add(t.fqn);
        creations.add(t.name);
      }
    }
    for (const file of project) {
      for (const m of file.methods) {
        if (!m.deprecated && !deprecatedTypes.has(m.owner)) continue;
        if (m.isConstructor) creations.add(m.name);
        else callNames.add(m.name);
      }
      for (const f of file.fields) if (f.deprecated || deprecatedTypes.has(f.owner)) memberNames.add(f.name);
    }
  }
  const typeNames = wants.deprecated ? deprecatedTypeNames(project) : undefined;
  const callName = nameTest(wants.calls, callNames);
  const memberName = nameTest(wants.members, memberNames);
  const anyCallGate = ownerGate(wants.anyCallOwners, resolver, project);
  const anyMemberGate = ownerGate(wants.anyMemberOwners, resolver, project);
  const create = (name: string) => creations.has(name);
  const reachesAny = (use: JavaUse, owners: readonly string[]) => owners.some((o) => use.owner?.closure[o] !== undefined);
  const keepUse = (use: JavaUse) => {
    switch (use.kind) {
      case 'call':
        return callName.test(use.name) || reachesAny(use, wants.anyCallOwners);
      case 'member':
        return memberName.test(use.name) || reachesAny(use, wants.anyMemberOwners);
      default:
        return true;
    }
  };
  const overridden = anyOf(wants.overrides);
  const keepMethod = (name: string) => overridden.test(name);

  return (text, file) => {
    const opens = (gate: OwnerGate | undefined) => gate !== undefined && (gate.everywhere || gate.words.test(text));
    const anyCall = opens(anyCallGate);
    const anyMember = opens(anyMemberGate);
    // One shape for every file's filter, opened gate or not (extractJavaRefs stays monomorphic).
    const wanted: FileWants = {
      call: (name) => callName.test(name),
      member: (name) => memberName.test(name),
      create,
      receiverMayMatch: undefined,
      typeNames,
      keepUse,
      keepMethod,
    };
    if (!anyCall && !anyMember) return wanted;
    // The file may use a `Type#*` owner: resolve the receiver of each otherwise unwanted use now. The
    // type of a receiver does not depend on the member's name (only an unqualified use's does), and a
    // member found in a supertype only narrows what is reached: one answer per receiver and scope.
    const receiverReaches = new Map<string, boolean>();
    wanted.receiverMayMatch = (kind, recv, name, scope) => {
      const open = kind === 'call' ? anyCall : anyMember;
      const gate = kind === 'call' ? anyCallGate : anyMemberGate;
      if (!open || !gate) return false;
      // A receiver of a declared type (a typed local, a cast, `new`) is that type: no need to resolve it.
      if (recv.k === 'value' && !gate.mayReach(recv.type)) return false;
      const owners = kind === 'call' ? wants.anyCallOwners : wants.anyMemberOwners;
      const reachesOwner = (names: readonly string[]) => {
        const closure = resolver.gradedClosure(names);
        return owners.some((o) => closure.has(o));
      };
      if (recv.k === 'implicit') {
        const owner = resolver.bindMember(kind, recv, name, 0, file, scope).owner;
        return owner !== undefined && reachesOwner(owner.names);
      }
      const key = `${kind}\0${scope}\0${JSON.stringify(recv)}`;
      let reaches = receiverReaches.get(key);
      if (reaches === undefined) {
        const type = resolver.typeOf(recv, file, scope);
        reaches = type !== undefined && reachesOwner(type.names);
        receiverReaches.set(key, reaches);
      }
      return reaches;
    };
    return wanted;
  };
}

/** Simple names of the project's types marked deprecated: every reference to one is a use of it. */
export function deprecatedTypeNames(project: readonly JavaProjectDecls[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const file of project) for (const t of file.types) if (t.deprecated && t.name) names.add(t.name);
  return names;
}

/**
 * Where uses of `Type#*` owners may be. `everywhere`: any file (a literal or the resolver's fallback can
 * give such a type). Otherwise `words` finds the files that may, and `mayReach` tells whether a type
 * as written can be one (a name of it or of a project subtype appears in it).
 */
interface OwnerGate {
  everywhere: boolean;
  words: RegExp;
  mayReach(written: string): boolean;
}

function ownerGate(owners: readonly string[], resolver: JavaResolver, project: readonly JavaProjectDecls[]): OwnerGate | undefined {
  if (owners.length === 0) return undefined;
  const reaches = (fqn: string) => {
    const closure = resolver.gradedClosure([fqn]);
    return owners.some((o) => closure.has(o));
  };
  const reaching = new Set<string>(owners);
  for (const jdk of Object.keys(JDK_SUPERTYPES)) if (reaches(jdk)) reaching.add(jdk);
  for (const fqn of projectTypesReaching(project, reaching, owners.includes('java.lang.Object'), reaches)) reaching.add(fqn);
  const simpleNames = new Set([...reaching].map(simpleNameOf));
  // Every type reaches java.lang.Object; any other owner is reached only by itself and the types above.
  const mentionsReaching = identifierRegExp(simpleNames);
  const mayReach = owners.includes('java.lang.Object') ? () => true : (written: string) => mentionsReaching.test(written);

  // Types a literal or the resolver's own fallback give without naming them in the file.
  let everywhere = ['java.lang.String', 'java.lang.Class', 'java.lang.Object'].some(reaches);
  const words = new Set(simpleNames);
  for (const file of project) {
    for (const m of file.methods) if (m.returns && mayReach(m.returns)) words.add(m.name);
    for (const f of file.fields) if (mayReach(f.type)) words.add(f.name);
  }
  const generic = Object.fromEntries(Object.entries(JDK_GENERIC_RETURNS).map(([key, g]) => [key, g.type]));
  for (const table of [JDK_RETURN_TYPES, JDK_FIELD_TYPES, generic]) {
    for (const [key, type] of Object.entries(table)) {
      if (!reaches(type)) continue;
      const member = key.slice(key.indexOf('#') + 1);
      if (member === '*') everywhere = true;
      words.add(member);
    }
  }
  return { everywhere, words: identifierRegExp(words), mayReach };
}

/**
 * The project types that reach an owner. A type reaches one only through a supertype it names, and
 * a supertype (written without generic arguments or annotations, see typeText) resolves to a name
 * ending in the simple name written, so only types that name a type
 * already known to reach (by its simple name) are resolved, round after round until none is added:
 * resolving every project type's supertypes took ~0.1 s per thread on the bench corpus, most of the
 * setup before linking. Every type reaches `java.lang.Object`: with that owner, all are resolved.
 */
function projectTypesReaching(
  project: readonly JavaProjectDecls[],
  known: ReadonlySet<string>,
  everyType: boolean,
  reaches: (fqn: string) => boolean,
): string[] {
  const types = project.flatMap((file) => file.types);
  if (everyType) return types.filter((t) => reaches(t.fqn)).map((t) => t.fqn);
  const names = new Set([...known].map(simpleNameOf));
  const found: string[] = [];
  const checked = new Set<JavaTypeFact>();
  for (let added = true; added; ) {
    added = false;
    for (const t of types) {
      if (checked.has(t) || !t.supers.some((s) => names.has(simpleNameOf(s.name)))) continue;
      checked.add(t);
      if (!reaches(t.fqn)) continue;
      found.push(t.fqn);
      if (t.name) names.add(t.name);
      added = true;
    }
  }
  return found;
}

function simpleNameOf(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function anyOf(sources: readonly string[]): RegExp {
  return sources.length === 0 ? /(?!)/ : new RegExp(sources.map((s) => `(?:${s})`).join('|'));
}

/** A name test: any of the patterns (regex sources), or one of the exact names. */
function nameTest(patterns: readonly string[], exact: ReadonlySet<string>): { test(name: string): boolean } {
  const pattern = anyOf(patterns);
  return { test: (name) => exact.has(name) || pattern.test(name) };
}
