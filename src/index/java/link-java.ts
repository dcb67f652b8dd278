import type { Position, Range, Resolution } from '../../core/types.js';
import type { JavaFileFacts } from './facts.js';
import { JavaResolver, type TypeRef } from './java-resolver.js';
import type { Closure, JavaUse, LinkedJavaFile, LinkedSupertype, LinkedTypeRef } from './linked.js';

/**
 * Pass 2 of the Java index, for one file: resolves its uses with a resolver built from the whole
 * project's declarations (see java-workspace.ts). Deterministic, in memory, no I/O.
 */
export function linkJavaFile(path: string, facts: JavaFileFacts, resolver: JavaResolver): LinkedJavaFile {
  const topLevel = (scope: string) => (scope ? resolver.topLevelOf(scope) : '');
  // Built field by field rather than with spreads: this runs once per call, `new` and field access of
  // the project (150k on 212k lines), and the intermediate objects showed up as garbage collection.
  const uses: JavaUse[] = new Array(facts.refs.length);
  let count = 0;
  const deprecatedTypeRefs: LinkedTypeRef[] = [];
  // A type written in the file (or an annotation's type) that is a project type marked deprecated.
  const noteIfDeprecated = (type: TypeRef | undefined, range: Range, scope: string) => {
    const project = type?.names.find((n) => resolver.isProjectType(n));
    if (!type || !project || !resolver.typeFact(project)?.deprecated) return;
    deprecatedTypeRefs.push({ type: project, grade: type.grade, declTopLevel: resolver.topLevelOf(project), topLevel: topLevel(scope), range });
  };
  for (let i = 0; i < facts.refs.length; i++) {
    const ref = facts.refs[i] as JavaFileFacts['refs'][number];
    if (ref.kind === 'type') {
      noteIfDeprecated(resolver.resolveType(ref.name, facts, ref.scope), ref.range, ref.scope);
      continue;
    }
    const args = ref.args.length === 0 ? NO_ARGS : ref.args.map((a) => withoutTypeArguments(resolver.typeOf(a, facts, ref.scope)));
    const captures = ref.captures;
    captures.argTypes = args.length === 0 ? NO_ARG_TYPES : args.map(argTypeNames);
    // Every use gets the same properties in the same order (see refOf in extract-java-refs.ts).
    const use: JavaUse = { kind: ref.kind, name: ref.name, args, range: ref.range, captures, topLevel: topLevel(ref.scope), owner: undefined, decl: undefined };
    if (ref.kind === 'new') {
      use.name = ref.name.slice(ref.name.lastIndexOf('.') + 1);
      const created = resolver.resolveType(ref.name, facts, ref.scope);
      if (created) use.owner = withClosure(created, resolver, false);
      const projectType = created?.names.find((n) => resolver.isProjectType(n));
      if (projectType) {
        const typeDeprecated = resolver.typeFact(projectType)?.deprecated ?? false;
        const ctors = resolver.constructorsOf(projectType, ref.args.length);
        const ctorDeprecated = ctors.length > 0 && ctors.every((c) => c.deprecated);
        use.decl = { owner: projectType, deprecated: typeDeprecated || ctorDeprecated, topLevel: resolver.topLevelOf(projectType) };
      }
    } else {
      let binding = resolver.bindMember(ref.kind, ref.recv, ref.name, ref.args.length, facts, ref.scope);
      if (ref.caseLabel && !binding.decl) {
        // Not a project enum's constant: a statically imported name is still used here, as any bare one.
        if (ref.caseLabel === 'enum') continue;
        binding = resolver.bindMember(ref.kind, { k: 'implicit' }, ref.name, 0, facts, ref.scope);
      }
      if (binding.owner) use.owner = withClosure(binding.owner, resolver, true);
      if (binding.decl) use.decl = { owner: binding.decl.owner, deprecated: binding.decl.deprecated, topLevel: resolver.topLevelOf(binding.decl.owner) };
    }
    uses[count++] = use;
  }
  uses.length = count;

  const annotations = facts.annotations.map((a) => {
    const type = resolver.resolveType(a.name, facts, a.scope);
    noteIfDeprecated(type, a.range, a.scope);
    return { ...(type ? { type } : {}), attributes: a.attributes, range: a.range, captures: a.captures };
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
    deprecatedTypeRefs,
    annotations,
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

const NO_ARGS: JavaUse['args'] = [];
const NO_ARG_TYPES: Array<string[] | undefined> = [];

/** Matching reads an argument's type, not its generic arguments: they are not sent on. */
function withoutTypeArguments(ref: TypeRef | undefined): TypeRef | undefined {
  if (!ref?.args) return ref;
  const { args: _args, ...rest } = ref;
  return rest;
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
  return { names: ref.names, closure: inherit ? closureRecord(resolver, ref.names) : exactRecord(ref.names), grade: ref.grade };
}

/** A created type is only itself (no supertypes): one shared record per distinct list of names. */
const exactRecords = new Map<string, Closure>();

function exactRecord(names: readonly string[]): Closure {
  const key = names.join('\0');
  let record = exactRecords.get(key);
  if (!record) {
    record = Object.fromEntries(names.map((n) => [n, 'exact' as const]));
    exactRecords.set(key, record);
  }
  return record;
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
