import type { Position, Range, Resolution } from '../../core/types.js';
import type { JavaFileFacts } from './facts.js';
import { JavaResolver, type TypeRef } from './java-resolver.js';
import type { Closure, JavaUse, LinkedJavaFile, LinkedSupertype } from './linked.js';

/**
 * Pass 2 of the Java index: resolves every file's uses against the whole project. Deterministic,
 * in memory, no I/O.
 */
export function linkJava(files: ReadonlyArray<{ path: string; facts: JavaFileFacts }>): LinkedJavaFile[] {
  const resolver = new JavaResolver(files.map((f) => f.facts));
  return files.map(({ path, facts }) => linkFile(path, facts, resolver));
}

function linkFile(path: string, facts: JavaFileFacts, resolver: JavaResolver): LinkedJavaFile {
  const topLevel = (scope: string) => (scope ? resolver.topLevelOf(scope) : '');
  const uses: JavaUse[] = facts.refs.map((ref) => {
    const args = ref.args.map((a) => resolver.typeOf(a, facts, ref.scope));
    const captures = { ...ref.captures, argTypes: args.map(argTypeNames) };
    const base = { kind: ref.kind, args, range: ref.range, captures, topLevel: topLevel(ref.scope) };
    if (ref.kind === 'new') {
      const created = resolver.resolveType(ref.name, facts, ref.scope);
      const simple = ref.name.slice(ref.name.lastIndexOf('.') + 1);
      const projectType = created?.names.find((n) => resolver.isProjectType(n));
      let decl: JavaUse['decl'];
      if (projectType) {
        const typeDeprecated = resolver.typeFact(projectType)?.deprecated ?? false;
        const ctors = resolver.constructorsOf(projectType, ref.args.length);
        const ctorDeprecated = ctors.length > 0 && ctors.every((c) => c.deprecated);
        decl = { owner: projectType, deprecated: typeDeprecated || ctorDeprecated, topLevel: resolver.topLevelOf(projectType) };
      }
      return { ...base, name: simple, ...(created ? { owner: withClosure(created, resolver, false) } : {}), ...(decl ? { decl } : {}) };
    }
    const binding = resolver.bindMember(ref.kind, ref.recv, ref.name, ref.args.length, facts, ref.scope);
    return {
      ...base,
      name: ref.name,
      ...(binding.owner ? { owner: withClosure(binding.owner, resolver, true) } : {}),
      ...(binding.decl ? { decl: { ...binding.decl, topLevel: resolver.topLevelOf(binding.decl.owner) } } : {}),
    };
  });

  const supertypeUses: LinkedSupertype[] = facts.types.flatMap((t) =>
    t.kind === 'anonymous'
      ? []
      : t.supers.map((s) => {
          const type = resolver.resolveType(s.name, facts, t.outer ?? '');
          const project = type?.names.find((n) => resolver.isProjectType(n));
          const deprecated = project ? (resolver.typeFact(project)?.deprecated ?? false) : false;
          return {
            subtype: t.fqn,
            ...(type ? { type } : {}),
            deprecated,
            ...(project ? { declTopLevel: resolver.topLevelOf(project) } : {}),
            topLevel: resolver.topLevelOf(t.fqn),
            range: nameRange(s.pos, s.name),
          };
        }),
  );

  return {
    path,
    package: facts.package,
    imports: facts.imports,
    uses,
    annotations: facts.annotations.map((a) => {
      const type = resolver.resolveType(a.name, facts, a.scope);
      return { ...(type ? { type } : {}), attributes: a.attributes, range: a.range, captures: a.captures };
    }),
    supertypeUses,
    methods: facts.methods
      .filter((m) => !m.isConstructor)
      .map((m) => ({
        owner: m.owner,
        name: m.name,
        params: m.params.length,
        ownerClosure: closureRecord(resolver, [m.owner]),
        grade: 'exact' as const,
        range: nameRange(m.pos, m.name),
      })),
    queryHits: facts.queryHits,
  };
}

/** What a fix condition can test about an argument: its type's candidate names, qualified and simple. */
function argTypeNames(ref: TypeRef | undefined): string[] | undefined {
  if (!ref) return undefined;
  const key = ref.names.join('\0');
  let names = argTypeNameCache.get(key);
  if (!names) {
    names = [...new Set(ref.names.flatMap((n) => [n, n.slice(n.lastIndexOf('.') + 1)]))];
    argTypeNameCache.set(key, names);
  }
  return names;
}

/** The few distinct argument types of a project, each spelled out once (the lists are read-only). */
const argTypeNameCache = new Map<string, string[]>();

function withClosure(ref: TypeRef, resolver: JavaResolver, inherit: boolean) {
  return { names: ref.names, closure: inherit ? closureRecord(resolver, ref.names) : Object.fromEntries(ref.names.map((n) => [n, 'exact' as const])), grade: ref.grade };
}

/** One plain-object closure per distinct owner, shared by every use of it (they are read-only). */
const closureRecords = new WeakMap<Map<string, Resolution>, Closure>();

function closureRecord(resolver: JavaResolver, names: readonly string[]): Closure {
  const graded = resolver.gradedClosure(names);
  let record = closureRecords.get(graded);
  if (!record) {
    record = Object.fromEntries(graded);
    closureRecords.set(graded, record);
  }
  return record;
}

function nameRange(pos: Position, name: string): Range {
  return { start: pos, end: { line: pos.line, column: pos.column + name.length, offset: pos.offset + name.length } };
}
