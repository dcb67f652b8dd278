import type { Node, Tree } from 'web-tree-sitter';
import type { Range } from '../../core/types.js';
import { findSyntaxProblems } from '../find-syntax-problems.js';
import { Locator } from '../locate.js';
import { mayHoldLongChain } from '../long-chain.js';
import { queryCaptures } from '../query-captures.js';
import { extractJavaRefs, KEEP_ALL_REFS } from './extract-java-refs.js';
import type { JavaAnnotationFact, JavaFieldFact, JavaFileDecls, JavaFileFacts, JavaImport, JavaMethodFact, JavaTypeFact } from './facts.js';
import { compileJavaQuery, parseJava } from './java-language.js';
import { declaratorsOf, declSource, kids, named, readModifiers, spanOf, type DeclSource } from './java-syntax.js';
import { genericTypeText, typeText } from './type-text.js';

/**
 * Pass 1 of the Java index: one query over the tree (the traversal runs in C). Declarations are read
 * from its captures now; the captures of uses (calls, `new`s, field accesses, and the locals and
 * parameters that type their receivers) are kept with the live tree, because which uses matter is
 * known only once every file's declarations are (see extract-java-refs.ts).
 *
 * Uses are captured by their *name* node, so that a use no rule can match costs one string compare.
 */
const PATTERNS = (calls: string) => `
(package_declaration [(identifier) (scoped_identifier)] @package)
(import_declaration) @import
[(class_declaration) (interface_declaration) (enum_declaration) (record_declaration) (annotation_type_declaration)] @type
[(method_declaration) (constructor_declaration)] @method
[(field_declaration) (constant_declaration)] @field
[(marker_annotation) (annotation)] @annotation
${calls}
(local_variable_declaration declarator: (variable_declarator name: (identifier) @local))
(formal_parameter name: (identifier) @param)
(catch_formal_parameter name: (identifier) @param)
(spread_parameter (variable_declarator name: (identifier) @param))
(enhanced_for_statement name: (identifier) @foreach)
(resource name: (identifier) @resource)
(lambda_expression parameters: (identifier) @lambda-param)
(lambda_expression parameters: (inferred_parameters (identifier) @lambda-param))
(instanceof_expression name: (identifier) @pattern)
(type_pattern (identifier) @pattern)
(switch_label (identifier) @case-constant)
`;

/**
 * A pattern such as `(method_invocation name: (identifier) @call)` stays in progress while the query
 * walks the receiver, which comes before the name: in a chain of n calls (`sb.append(…).append(…)…`,
 * as generated code has), n matches are in progress at once and the walk costs O(n²) (1.2 s for a
 * 5,000-call chain, 19 s for 20,000). tree-sitter's match limit does not bound them: they hold no
 * capture yet. So a file with such a chain is queried with patterns that complete on the node itself,
 * and the names of its calls and field accesses are then read from the tree one by one (slower per
 * use, linear overall).
 */
const FAST_QUERY = PATTERNS(`
(object_creation_expression type: (_) @new)
(object_creation_expression (class_body) @anonymous)
(method_invocation name: (identifier) @call)
(field_access field: (identifier) @field-access)`);
const LINEAR_QUERY = PATTERNS(`
(object_creation_expression) @new-node
(object_creation_expression (class_body)) @anonymous-node
(method_invocation) @call-node
(field_access) @field-access-node`);

/**
 * The captures of pass 1, in document order, named as the fast query names them. Most are never read
 * past their name and position, so a node is made only when asked for (see query-captures.ts).
 */
export interface Pass1Captures {
  readonly length: number;
  name(i: number): string;
  start(i: number): number;
  node(i: number): Node;
  /**
   * A use's name's parent (the call, field access or `new`), when the linear query found it: asking a
   * node for its parent walks down from the root, which a deeply nested file cannot afford.
   */
  owner?(i: number): Node | undefined;
}

/**
 * Compiles the pass-1 query ahead of the first file (~50 ms: tree-sitter analyses every pattern), for a
 * thread that has time before its first file arrives.
 */
export function preparePass1Query(): void {
  compileJavaQuery(FAST_QUERY);
}

function pass1Captures(tree: Tree, text: string): Pass1Captures {
  if (!mayHoldLongChain(text)) return queryCaptures(compileJavaQuery(FAST_QUERY), tree);
  const out: Array<{ name: string; node: Node; owner?: Node }> = [];
  for (const capture of compileJavaQuery(LINEAR_QUERY).captures(tree.rootNode)) {
    const node = capture.node;
    if (capture.name === 'call-node') {
      const name = node.childForFieldName('name');
      if (name) out.push({ name: 'call', node: name, owner: node });
    } else if (capture.name === 'field-access-node') {
      const field = node.childForFieldName('field');
      if (field) out.push({ name: 'field-access', node: field, owner: node });
    } else if (capture.name === 'new-node') {
      const type = node.childForFieldName('type');
      if (type) out.push({ name: 'new', node: type, owner: node });
    } else if (capture.name === 'anonymous-node') {
      const body = node.lastNamedChild;
      if (body?.type === 'class_body') out.push({ name: 'anonymous', node: body, owner: node });
    } else {
      out.push(capture);
    }
  }
  // A name comes after its receiver: put the captures back in the order of their nodes.
  out.sort((a, b) => a.node.startIndex - b.node.startIndex);
  return {
    length: out.length,
    name: (i) => at(out, i).name,
    start: (i) => at(out, i).node.startIndex,
    node: (i) => at(out, i).node,
    owner: (i) => at(out, i).owner,
  };
}

function at<T>(list: readonly T[], i: number): T {
  return list[i] as T;
}

/** The captures pass 1 reads declarations from; the others are uses, and the locals that type them. */
const DECLARATION_CAPTURES: ReadonlySet<string> = new Set(['package', 'import', 'type', 'anonymous', 'method', 'field', 'annotation']);

/** One parsed file between pass 1 and the use extraction. Holds WebAssembly memory until released. */
export interface ParsedJavaFile {
  text: string;
  /** Positions in `text`, for both steps. */
  loc: Locator;
  decls: JavaFileDecls;
  /** Undefined once released; extractJavaRefs() then parses the text again. */
  live?: { tree: Tree; captures: Pass1Captures };
}

/** A parsed file whose tree is still alive. */
export type LiveJavaFile = ParsedJavaFile & { live: { tree: Tree; captures: Pass1Captures } };

/** Extracts everything one Java source text says, uses included. Never throws on bad syntax: problems are returned. */
export function extractJavaFacts(text: string, queries: readonly string[] = []): JavaFileFacts {
  const parsed = parseJavaFile(text, queries);
  try {
    return { ...parsed.decls, refs: extractJavaRefs(parsed, KEEP_ALL_REFS) };
  } finally {
    releaseParsedJava(parsed);
  }
}

/** Parses a file and reads its declarations; its uses wait in `live` for extractJavaRefs(). */
export function parseJavaFile(text: string, queries: readonly string[] = []): LiveJavaFile {
  const tree = parseJava(text);
  try {
    const loc = new Locator(text);
    const { decls, captures } = readDeclarations(tree, text, loc, queries);
    return { text, loc, decls, live: { tree, captures } };
  } catch (error) {
    tree.delete();
    throw error;
  }
}

/** Parses a released file again for its uses only: its declarations are already known. */
export function reparseJavaFile(parsed: ParsedJavaFile): LiveJavaFile {
  const tree = parseJava(parsed.text);
  try {
    return { ...parsed, live: { tree, captures: pass1Captures(tree, parsed.text) } };
  } catch (error) {
    tree.delete();
    throw error;
  }
}

/** Frees the tree (WebAssembly memory is not garbage-collected). The file can still be read again. */
export function releaseParsedJava(parsed: ParsedJavaFile): void {
  parsed.live?.tree.delete();
  delete parsed.live;
}

interface TypeFrame {
  fqn: string;
  start: number;
  end: number;
  anonymousCount: { n: number };
}

/** The file's declarations and the captures of pass 1, uses included. */
function readDeclarations(
  tree: Tree,
  text: string,
  loc: Locator,
  queries: readonly string[],
): { decls: JavaFileDecls; captures: Pass1Captures } {
  const root = tree.rootNode;
  const decls: JavaFileDecls = {
    package: '',
    imports: [],
    types: [],
    methods: [],
    fields: [],
    annotations: [],
    queryHits: {},
    problems: root.hasError ? findSyntaxProblems(root, loc) : [],
    lines: loc.lineCount,
  };
  const captures = pass1Captures(tree, text);
  const src = declSource(text, loc);
  const types: TypeFrame[] = [];
  const topLevelAnonymous = { n: 0 };
  const scopeAt = (offset: number): TypeFrame | undefined => {
    for (let i = types.length - 1; i >= 0; i--) {
      const frame = types[i];
      if (frame && frame.start <= offset && offset < frame.end) return frame;
    }
    return undefined;
  };

  for (let i = 0; i < captures.length; i++) {
    const kind = captures.name(i);
    if (!DECLARATION_CAPTURES.has(kind)) continue;
    const node = captures.node(i);
    const at = node.startIndex;
    while (types.length > 0 && (types[types.length - 1]?.end ?? 0) <= at) types.pop();
    const scope = scopeAt(at)?.fqn ?? '';
    switch (kind) {
      case 'package':
        decls.package = node.text.replace(/\s+/g, '');
        break;
      case 'import': {
        const imp = readImport(node, loc);
        if (imp) decls.imports.push(imp);
        break;
      }
      case 'type': {
        const fact = readTypeDeclaration(node, scope || decls.package, scope !== '', src);
        if (!fact) break;
        decls.types.push(fact);
        types.push({ fqn: fact.fqn, start: fact.start, end: fact.end, anonymousCount: { n: 0 } });
        if (fact.kind === 'enum') decls.fields.push(...readEnumConstants(node, fact, src));
        break;
      }
      case 'anonymous': {
        const typeNode = (captures.owner?.(i) ?? node.parent)?.childForFieldName('type');
        if (!typeNode) break;
        const frame = scopeAt(at);
        const counter = frame?.anonymousCount ?? topLevelAnonymous;
        counter.n += 1;
        const fqn = `${frame?.fqn ?? decls.package}$${counter.n}`;
        decls.types.push({
          fqn,
          name: '',
          kind: 'anonymous',
          ...(scope ? { outer: scope } : {}),
          supers: [{ name: typeText(typeNode), pos: loc.positionOf(typeNode), isClass: true }],
          deprecated: false,
          pos: loc.positionOf(typeNode),
          start: node.startIndex,
          end: node.endIndex,
        });
        types.push({ fqn, start: node.startIndex, end: node.endIndex, anonymousCount: counter });
        break;
      }
      case 'method': {
        const fact = readMethod(node, scope, src);
        if (fact) decls.methods.push(fact);
        break;
      }
      case 'field':
        decls.fields.push(...readFields(node, scope, src));
        break;
      case 'annotation':
        decls.annotations.push(readAnnotation(node, scope, loc));
        break;
      default:
        break;
    }
  }
  for (const source of queries) decls.queryHits[source] = runRawQuery(source, root, loc);
  return { decls, captures };
}

function readImport(node: Node, loc: Locator): JavaImport | undefined {
  const name = named(node).find((c) => c.type === 'scoped_identifier' || c.type === 'identifier');
  if (!name) return undefined;
  return {
    name: name.text.replace(/\s+/g, ''),
    isStatic: kids(node).some((c) => c.type === 'static'),
    onDemand: named(node).some((c) => c.type === 'asterisk'),
    range: loc.rangeOf(node),
  };
}

function readTypeDeclaration(node: Node, container: string, nested: boolean, src: DeclSource): JavaTypeFact | undefined {
  const loc = src.loc;
  const nameNode = node.childForFieldName('name');
  const body = node.childForFieldName('body');
  if (!nameNode) return undefined;
  const kind = TYPE_KINDS[node.type] ?? 'class';
  const supers: JavaTypeFact['supers'] = [];
  const superclass = node.childForFieldName('superclass');
  const superType = named(superclass)[0];
  if (superType) supers.push({ name: typeText(superType), pos: loc.positionOf(superType), isClass: true });
  const interfaceList =
    node.childForFieldName('interfaces') ?? named(node).find((c) => c.type === 'extends_interfaces');
  const typeList = named(interfaceList).find((c) => c.type === 'type_list');
  for (const t of named(typeList) ?? []) supers.push({ name: typeText(t), pos: loc.positionOf(t), isClass: false });
  const fqn = container ? `${container}.${nameNode.text}` : nameNode.text;
  return {
    fqn,
    name: nameNode.text,
    kind,
    ...(nested ? { outer: container } : {}),
    supers,
    deprecated: readModifiers(node, src).deprecated,
    pos: loc.positionOf(nameNode),
    start: (body ?? node).startIndex,
    end: (body ?? node).endIndex,
  };
}

const TYPE_KINDS: Record<string, JavaTypeFact['kind']> = {
  class_declaration: 'class',
  interface_declaration: 'interface',
  enum_declaration: 'enum',
  record_declaration: 'record',
  annotation_type_declaration: 'annotation',
};

function readMethod(node: Node, owner: string, src: DeclSource): JavaMethodFact | undefined {
  const loc = src.loc;
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return undefined;
  const params: string[] = [];
  let varargs = false;
  for (const p of named(node.childForFieldName('parameters')) ?? []) {
    if (p.type === 'formal_parameter') {
      const t = p.childForFieldName('type');
      params.push(t ? typeText(t) : '?');
    } else if (p.type === 'spread_parameter') {
      varargs = true;
      const t = named(p).find((c) => c.type !== 'modifiers');
      params.push(t ? `${typeText(t)}[]` : '?');
    }
  }
  const isConstructor = node.type === 'constructor_declaration';
  const returnType = node.childForFieldName('type');
  const { isStatic, deprecated } = readModifiers(node, src);
  return {
    owner,
    name: nameNode.text,
    params,
    varargs,
    returns: isConstructor ? null : returnType ? genericTypeText(returnType) : 'void',
    isConstructor,
    isStatic,
    deprecated,
    pos: loc.positionOf(nameNode),
  };
}

function readFields(node: Node, owner: string, src: DeclSource): JavaFieldFact[] {
  const loc = src.loc;
  const typeNode = node.childForFieldName('type');
  const type = typeNode ? genericTypeText(typeNode) : '?';
  const modifiers = readModifiers(node, src);
  const deprecated = modifiers.deprecated;
  const isStatic = modifiers.isStatic || node.type === 'constant_declaration';
  return declaratorsOf(node).flatMap((d) => {
    const nameNode = d.childForFieldName('name');
    if (!nameNode) return [];
    const dims = d.childForFieldName('dimensions') ? '[]' : '';
    return [{ owner, name: nameNode.text, type: type + dims, isStatic, deprecated, pos: loc.positionOf(nameNode) }];
  });
}

/** An enum's constants, as the static fields of its own type they are (`@Deprecated` ones included). */
function readEnumConstants(node: Node, owner: JavaTypeFact, src: DeclSource): JavaFieldFact[] {
  const constants: JavaFieldFact[] = [];
  for (const constant of named(node.childForFieldName('body'))) {
    if (constant.type !== 'enum_constant') continue;
    const name = constant.childForFieldName('name');
    if (!name) continue;
    const { deprecated } = readModifiers(constant, src);
    constants.push({ owner: owner.fqn, name: name.text, type: owner.name, isStatic: true, deprecated, pos: src.loc.positionOf(name) });
  }
  return constants;
}

function readAnnotation(node: Node, scope: string, loc: Locator): JavaAnnotationFact {
  const name = node.childForFieldName('name');
  const args = node.childForFieldName('arguments');
  const attributes: string[] = [];
  for (const arg of named(args) ?? []) {
    if (arg.type === 'element_value_pair') {
      const key = arg.childForFieldName('key');
      if (key) attributes.push(key.text);
    } else {
      attributes.push('value');
    }
  }
  const span = spanOf(node);
  return {
    name: name ? name.text.replace(/\s+/g, '') : '',
    attributes,
    range: loc.rangeOf(node),
    captures: { span, ...(name ? { name: spanOf(name) } : {}), ...(args ? { args: named(args).map(spanOf) } : {}) },
    scope,
  };
}

function runRawQuery(source: string, root: Node, loc: Locator): Range[] {
  const query = compileJavaQuery(source);
  const hits: Range[] = [];
  for (const match of query.matches(root)) {
    const capture = match.captures.find((c) => c.name === 'match') ?? match.captures[0];
    if (capture) hits.push(loc.rangeOf(capture.node));
  }
  return hits;
}
