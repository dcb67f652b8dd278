import type { Node } from 'web-tree-sitter';
import type { Position, Range, Span } from '../../core/types.js';
import { countLines } from '../count-lines.js';
import { findBareWords } from '../find-bare-words.js';
import { Locator } from '../locate.js';
import type {
  Expr,
  JavaAnnotationFact,
  JavaFieldFact,
  JavaFileFacts,
  JavaImport,
  JavaMethodFact,
  JavaRefFact,
  JavaTypeFact,
} from './facts.js';
import { findSyntaxProblems } from '../find-syntax-problems.js';
import { compileJavaQuery, parseJava } from './java-language.js';
import { typeText } from './type-text.js';

/**
 * Pass 1 of the Java index: one query over the tree (the traversal runs in C), then one walk over the
 * captures in document order, keeping a stack of enclosing types and one of visible local variables.
 */
const BASE_PATTERNS = `
(package_declaration [(identifier) (scoped_identifier)] @package)
(import_declaration) @import
[(class_declaration) (interface_declaration) (enum_declaration) (record_declaration) (annotation_type_declaration)] @type
(object_creation_expression) @new
[(method_declaration) (constructor_declaration)] @method
[(field_declaration) (constant_declaration)] @field
(local_variable_declaration) @local
[(formal_parameter) (spread_parameter) (catch_formal_parameter)] @param
(enhanced_for_statement) @foreach
(resource) @resource
(lambda_expression parameters: (identifier) @lambda-param)
(lambda_expression parameters: (inferred_parameters (identifier) @lambda-param))
(method_invocation) @call
(field_access) @field-access
[(marker_annotation) (annotation)] @annotation
`;

interface TypeFrame {
  fqn: string;
  start: number;
  end: number;
  anonymousCount: { n: number };
}

interface LocalVar {
  name: string;
  expr: Expr;
  scopeEnd: number;
}

/** Extracts the facts of one Java source text. Never throws on bad syntax: problems are returned. */
export function extractJavaFacts(text: string, queries: readonly string[] = []): JavaFileFacts {
  const tree = parseJava(text);
  try {
    return extractFromTree(tree.rootNode, text, queries);
  } finally {
    // WebAssembly memory is not garbage-collected.
    tree.delete();
  }
}

function extractFromTree(root: Node, text: string, queries: readonly string[]): JavaFileFacts {
  const loc = new Locator(text);
  const facts: JavaFileFacts = {
    package: '',
    imports: [],
    types: [],
    methods: [],
    fields: [],
    refs: [],
    annotations: [],
    queryHits: {},
    problems: root.hasError ? findSyntaxProblems(root) : [],
    lines: countLines(text),
  };

  // Imports come first in a Java file; collect them before the walk so that bare names can be told apart.
  const staticNames = new Set<string>();
  let staticOnDemand = false;
  for (const node of named(root)) {
    if (node.type === 'package_declaration') {
      const name = named(node).find((c) => c.type === 'identifier' || c.type === 'scoped_identifier');
      if (name) facts.package = name.text;
    } else if (node.type === 'import_declaration') {
      const imp = readImport(node, loc);
      if (!imp) continue;
      facts.imports.push(imp);
      if (imp.isStatic && imp.onDemand) staticOnDemand = true;
      else if (imp.isStatic) staticNames.add(imp.name.slice(imp.name.lastIndexOf('.') + 1));
    }
  }

  const query = compileJavaQuery(BASE_PATTERNS);
  // Bare uses of statically imported names are found by text, then checked in the tree: capturing every
  // identifier of such a file would cost more than the rest of the file's extraction.
  const bareNames = findBareWords(text, staticNames, staticOnDemand ? '[A-Z][A-Z0-9_]*' : undefined);
  let nextBare = 0;
  const types: TypeFrame[] = [];
  const locals: LocalVar[] = [];
  const topLevelAnonymous = { n: 0 };

  const scopeAt = (offset: number): TypeFrame | undefined => {
    for (let i = types.length - 1; i >= 0; i--) {
      const frame = types[i];
      if (frame && frame.start <= offset && offset < frame.end) return frame;
    }
    return undefined;
  };
  const lookupLocal = (name: string): LocalVar | undefined => {
    for (let i = locals.length - 1; i >= 0; i--) if (locals[i]?.name === name) return locals[i];
    return undefined;
  };
  const exprOf = (node: Node | null): Expr => toExpr(node, lookupLocal);
  const pushLocal = (name: string | undefined, expr: Expr, scope: Node | null) => {
    if (name && scope) locals.push({ name, expr, scopeEnd: scope.endIndex });
  };

  const leaveScopesBefore = (at: number) => {
    while (types.length > 0 && (types[types.length - 1]?.end ?? 0) <= at) types.pop();
    while (locals.length > 0 && (locals[locals.length - 1]?.scopeEnd ?? 0) <= at) locals.pop();
  };
  const readBareNamesBefore = (at: number) => {
    for (; nextBare < bareNames.length && (bareNames[nextBare] ?? 0) < at; nextBare++) {
      const offset = bareNames[nextBare] ?? 0;
      leaveScopesBefore(offset);
      const node = root.descendantForIndex(offset);
      if (!node || node.type !== 'identifier' || node.startIndex !== offset) continue;
      if (lookupLocal(node.text) || !isBareExpression(node)) continue;
      const span = spanOf(node);
      facts.refs.push({
        kind: 'member',
        name: text.slice(span[0], span[1]),
        recv: { k: 'implicit' },
        args: [],
        range: { start: loc.position(span[0]), end: loc.position(span[1]) },
        captures: { span, name: span },
        scope: scopeAt(offset)?.fqn ?? '',
      });
    }
  };

  for (const { name: capture, node } of query.captures(root)) {
    const at = node.startIndex;
    readBareNamesBefore(at);
    leaveScopesBefore(at);
    const scope = scopeAt(at)?.fqn ?? '';

    switch (capture) {
      case 'type': {
        const fact = readTypeDeclaration(node, scope || facts.package, scope !== '', loc);
        if (!fact) break;
        facts.types.push(fact);
        types.push({ fqn: fact.fqn, start: fact.start, end: fact.end, anonymousCount: { n: 0 } });
        break;
      }
      case 'new': {
        const typeNode = node.childForFieldName('type');
        if (!typeNode) break;
        const created = typeText(typeNode);
        const args = argumentsOf(node, exprOf);
        const end = node.endIndex;
        facts.refs.push({
          kind: 'new',
          name: created,
          recv: { k: 'implicit' },
          args: args.exprs,
          range: { start: newKeywordPosition(node, loc), end: loc.position(end) },
          captures: { span: [at, end], type: spanOf(typeNode), name: spanOf(typeNode), args: args.spans },
          scope,
        });
        const body = named(node).find((c) => c.type === 'class_body');
        if (body) {
          const frame = scopeAt(at);
          const counter = frame?.anonymousCount ?? topLevelAnonymous;
          counter.n += 1;
          const fqn = `${frame?.fqn ?? facts.package}$${counter.n}`;
          facts.types.push({
            fqn,
            name: '',
            kind: 'anonymous',
            ...(scope ? { outer: scope } : {}),
            supers: [{ name: created, pos: loc.positionOf(typeNode), isClass: true }],
            deprecated: false,
            pos: loc.positionOf(typeNode),
            start: body.startIndex,
            end: body.endIndex,
          });
          types.push({ fqn, start: body.startIndex, end: body.endIndex, anonymousCount: counter });
        }
        break;
      }
      case 'method': {
        const fact = readMethod(node, scope, loc);
        if (fact) facts.methods.push(fact);
        break;
      }
      case 'field':
        facts.fields.push(...readFields(node, scope, loc));
        break;
      case 'local': {
        const declared = node.childForFieldName('type');
        for (const declarator of declaratorsOf(node)) {
          const name = declarator.childForFieldName('name')?.text;
          const dims = declarator.childForFieldName('dimensions') ? '[]' : '';
          const typeName = declared ? typeText(declared) : 'var';
          const expr: Expr =
            typeName === 'var' ? exprOf(declarator.childForFieldName('value')) : { k: 'value', type: typeName + dims };
          pushLocal(name, expr, node.parent);
        }
        break;
      }
      case 'param': {
        const typeNode = node.type === 'spread_parameter' ? named(node)[0] : node.childForFieldName('type');
        const catchType = node.type === 'catch_formal_parameter' ? named(node).find((c) => c.type === 'catch_type') : undefined;
        const nameNode =
          node.type === 'spread_parameter'
            ? named(node).find((c) => c.type === 'variable_declarator')?.childForFieldName('name')
            : node.childForFieldName('name');
        const written = named(catchType)[0] ?? typeNode;
        const type = written ? typeText(written) + (node.type === 'spread_parameter' ? '[]' : '') : undefined;
        const scopeNode = node.type === 'catch_formal_parameter' ? node.parent : node.parent?.parent ?? null;
        pushLocal(nameNode?.text, type ? { k: 'value', type } : { k: 'unknown' }, scopeNode);
        break;
      }
      case 'foreach': {
        const typeNode = node.childForFieldName('type');
        const name = node.childForFieldName('name')?.text;
        const type = typeNode ? typeText(typeNode) : 'var';
        pushLocal(name, type === 'var' ? { k: 'unknown' } : { k: 'value', type }, node);
        break;
      }
      case 'resource': {
        const typeNode = node.childForFieldName('type');
        const name = node.childForFieldName('name')?.text;
        if (typeNode && name) pushLocal(name, { k: 'value', type: typeText(typeNode) }, node.parent?.parent ?? null);
        break;
      }
      case 'lambda-param': {
        const lambda = node.parent?.type === 'lambda_expression' ? node.parent : node.parent?.parent ?? null;
        pushLocal(node.text, { k: 'unknown' }, lambda);
        break;
      }
      case 'call': {
        const nameNode = node.childForFieldName('name');
        if (!nameNode) break;
        const object = node.childForFieldName('object');
        const args = argumentsOf(node, exprOf);
        const end = node.endIndex;
        const name = spanOf(nameNode);
        facts.refs.push({
          kind: 'call',
          name: text.slice(name[0], name[1]),
          recv: object ? exprOf(object) : { k: 'implicit' },
          args: args.exprs,
          range: { start: loc.position(name[0]), end: loc.position(end) },
          captures: { span: [at, end], name, ...(object ? { receiver: spanOf(object) } : {}), args: args.spans },
          scope,
        });
        break;
      }
      case 'field-access': {
        const field = node.childForFieldName('field');
        const object = node.childForFieldName('object');
        if (!field || !object) break;
        const end = node.endIndex;
        const name = spanOf(field);
        facts.refs.push({
          kind: 'member',
          name: text.slice(name[0], name[1]),
          recv: exprOf(object),
          args: [],
          range: { start: loc.position(name[0]), end: loc.position(end) },
          captures: { span: [at, end], name, receiver: spanOf(object) },
          scope,
        });
        break;
      }
      case 'annotation':
        facts.annotations.push(readAnnotation(node, scope, loc));
        break;
      default:
        break;
    }
  }

  readBareNamesBefore(Number.POSITIVE_INFINITY);
  facts.refs.sort((a, b) => a.range.start.offset - b.range.start.offset);
  for (const source of queries) facts.queryHits[source] = runRawQuery(source, root, loc);
  return facts;
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

function readTypeDeclaration(node: Node, container: string, nested: boolean, loc: Locator): JavaTypeFact | undefined {
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
    deprecated: isDeprecated(node),
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

function readMethod(node: Node, owner: string, loc: Locator): JavaMethodFact | undefined {
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
  return {
    owner,
    name: nameNode.text,
    params,
    varargs,
    returns: isConstructor ? null : returnType ? typeText(returnType) : 'void',
    isConstructor,
    isStatic: hasModifier(node, 'static'),
    deprecated: isDeprecated(node),
    pos: loc.positionOf(nameNode),
  };
}

function readFields(node: Node, owner: string, loc: Locator): JavaFieldFact[] {
  const typeNode = node.childForFieldName('type');
  const type = typeNode ? typeText(typeNode) : '?';
  const deprecated = isDeprecated(node);
  const isStatic = hasModifier(node, 'static') || node.type === 'constant_declaration';
  return declaratorsOf(node).flatMap((d) => {
    const nameNode = d.childForFieldName('name');
    if (!nameNode) return [];
    const dims = d.childForFieldName('dimensions') ? '[]' : '';
    return [{ owner, name: nameNode.text, type: type + dims, isStatic, deprecated, pos: loc.positionOf(nameNode) }];
  });
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

function declaratorsOf(node: Node): Node[] {
  return named(node).filter((c) => c.type === 'variable_declarator');
}

function modifiersOf(node: Node): Node | undefined {
  const first = named(node)[0];
  return first?.type === 'modifiers' ? first : undefined;
}

function hasModifier(node: Node, keyword: string): boolean {
  const modifiers = modifiersOf(node);
  return modifiers ? kids(modifiers).some((c) => c.type === keyword) : false;
}

/** `@Deprecated` on the declaration, or a `@deprecated` tag in the Javadoc right before it. */
function isDeprecated(node: Node): boolean {
  const modifiers = modifiersOf(node);
  if (modifiers) {
    for (const m of named(modifiers)) {
      if (m.type !== 'marker_annotation' && m.type !== 'annotation') continue;
      const name = m.childForFieldName('name')?.text;
      if (name === 'Deprecated' || name === 'java.lang.Deprecated') return true;
    }
  }
  let previous = node.previousSibling;
  while (previous?.type === 'line_comment') previous = previous.previousSibling;
  return previous?.type === 'block_comment' && previous.text.startsWith('/**') && /@deprecated\b/.test(previous.text);
}

function argumentsOf(node: Node, exprOf: (n: Node | null) => Expr): { exprs: Expr[]; spans: Span[] } {
  const args = node.childForFieldName('arguments');
  if (!args) return { exprs: [], spans: [] };
  const nodes = named(args).filter((c) => !c.type.endsWith('comment'));
  return { exprs: nodes.map((c) => exprOf(c)), spans: nodes.map(spanOf) };
}

function spanOf(node: Node): Span {
  return [node.startIndex, node.endIndex];
}

/** Identifiers that stand for a value (not a declaration's name, a method name, a label or part of a qualified name). */
function isBareExpression(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'method_invocation':
      return parent.childForFieldName('object')?.id === node.id;
    case 'field_access':
      return parent.childForFieldName('object')?.id === node.id;
    case 'variable_declarator':
      return parent.childForFieldName('value')?.id === node.id;
    case 'element_value_pair':
      return parent.childForFieldName('value')?.id === node.id;
    case 'assignment_expression':
    case 'argument_list':
    case 'binary_expression':
    case 'unary_expression':
    case 'parenthesized_expression':
    case 'ternary_expression':
    case 'return_statement':
    case 'array_access':
    case 'array_initializer':
    case 'cast_expression':
    case 'switch_label':
    case 'expression_statement':
    case 'annotation_argument_list':
      return true;
    default:
      return false;
  }
}

const NUMERIC_LITERALS: Record<string, (text: string) => string> = {
  decimal_integer_literal: (t) => (/[lL]$/.test(t) ? 'long' : 'int'),
  hex_integer_literal: (t) => (/[lL]$/.test(t) ? 'long' : 'int'),
  octal_integer_literal: (t) => (/[lL]$/.test(t) ? 'long' : 'int'),
  binary_integer_literal: (t) => (/[lL]$/.test(t) ? 'long' : 'int'),
  decimal_floating_point_literal: (t) => (/[fF]$/.test(t) ? 'float' : 'double'),
  hex_floating_point_literal: (t) => (/[fF]$/.test(t) ? 'float' : 'double'),
};

const NUMERIC_RANK = ['byte', 'short', 'char', 'int', 'long', 'float', 'double'];

/** The syntactic shape of an expression (see Expr). Locals are looked up now, everything else later. */
function toExpr(node: Node | null, lookupLocal: (name: string) => LocalVar | undefined): Expr {
  if (!node) return { k: 'unknown' };
  const recurse = (n: Node | null) => toExpr(n, lookupLocal);
  switch (node.type) {
    case 'identifier':
      return lookupLocal(node.text)?.expr ?? { k: 'name', name: node.text };
    case 'field_access': {
      const object = node.childForFieldName('object');
      const field = node.childForFieldName('field')?.text ?? '';
      const recv = recurse(object);
      if (recv.k === 'name') return { k: 'name', name: `${recv.name}.${field}` };
      return { k: 'field', recv, name: field };
    }
    case 'scoped_identifier':
      return { k: 'name', name: node.text.replace(/\s+/g, '') };
    case 'method_invocation': {
      const object = node.childForFieldName('object');
      const args = node.childForFieldName('arguments');
      return {
        k: 'call',
        recv: object ? recurse(object) : { k: 'implicit' },
        name: node.childForFieldName('name')?.text ?? '',
        argc: named(args).filter((c) => !c.type.endsWith('comment')).length ?? 0,
      };
    }
    case 'object_creation_expression':
    case 'cast_expression': {
      const t = node.childForFieldName('type');
      return t ? { k: 'value', type: typeText(t) } : { k: 'unknown' };
    }
    case 'array_creation_expression': {
      const t = node.childForFieldName('type');
      const dims = named(node).filter((c) => c.type === 'dimensions_expr' || c.type === 'dimensions').length;
      return t ? { k: 'value', type: typeText(t) + '[]'.repeat(Math.max(1, dims)) } : { k: 'unknown' };
    }
    case 'this':
      return { k: 'this' };
    case 'super':
      return { k: 'super' };
    case 'parenthesized_expression':
      return recurse(named(node)[0] ?? null);
    case 'string_literal':
    case 'text_block':
      return { k: 'value', type: 'String' };
    case 'character_literal':
      return { k: 'value', type: 'char' };
    case 'true':
    case 'false':
      return { k: 'value', type: 'boolean' };
    case 'null_literal':
      return { k: 'value', type: 'null' };
    case 'class_literal':
      return { k: 'value', type: 'Class' };
    case 'unary_expression': {
      const operand = recurse(node.childForFieldName('operand'));
      if (node.childForFieldName('operator')?.text === '!') return { k: 'value', type: 'boolean' };
      return operand;
    }
    case 'binary_expression':
      return binaryExpr(node, recurse);
    case 'ternary_expression': {
      // Numeric branches promote (`c ? 1 : 2.0` is a double); otherwise only agreeing branches say anything.
      const a = recurse(node.childForFieldName('consequence'));
      const b = recurse(node.childForFieldName('alternative'));
      if (a.k === 'value' && b.k === 'value') {
        const ra = NUMERIC_RANK.indexOf(a.type);
        const rb = NUMERIC_RANK.indexOf(b.type);
        if (ra >= 0 && rb >= 0) return { k: 'value', type: NUMERIC_RANK[Math.max(ra, rb, 3)] ?? 'int' };
        if (a.type === b.type) return a;
      }
      return { k: 'unknown' };
    }
    case 'array_access': {
      const array = recurse(node.childForFieldName('array'));
      return array.k === 'value' && array.type.endsWith('[]') ? { k: 'value', type: array.type.slice(0, -2) } : { k: 'unknown' };
    }
    case 'assignment_expression':
      // The value of `d = 2` has the type of `d`, not of `2`.
      return recurse(node.childForFieldName('left'));
    default: {
      const literal = NUMERIC_LITERALS[node.type];
      return literal ? { k: 'value', type: literal(node.text) } : { k: 'unknown' };
    }
  }
}

function binaryExpr(node: Node, recurse: (n: Node | null) => Expr): Expr {
  const operator = node.childForFieldName('operator')?.text ?? '';
  if (['==', '!=', '<', '>', '<=', '>=', '&&', '||', 'instanceof'].includes(operator)) return { k: 'value', type: 'boolean' };
  const left = recurse(node.childForFieldName('left'));
  const right = recurse(node.childForFieldName('right'));
  const isString = (e: Expr) => e.k === 'value' && (e.type === 'String' || e.type === 'java.lang.String');
  if (operator === '+' && (isString(left) || isString(right))) return { k: 'value', type: 'String' };
  if (left.k === 'value' && right.k === 'value') {
    const a = NUMERIC_RANK.indexOf(left.type);
    const b = NUMERIC_RANK.indexOf(right.type);
    if (a >= 0 && b >= 0) return { k: 'value', type: NUMERIC_RANK[Math.max(a, b, 3)] ?? 'int' };
  }
  return { k: 'unknown' };
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

/** The `new` keyword: the node's start, unless the creation is qualified (`outer.new Inner()`). */
function newKeywordPosition(node: Node, loc: Locator): Position {
  const start = loc.positionOf(node);
  if (node.text.startsWith('new')) return start;
  const keyword = kids(node).find((c) => c.type === 'new');
  return keyword ? loc.positionOf(keyword) : start;
}

/** Named children (the WebAssembly binding types them as possibly null). */
function named(node: Node | null | undefined): Node[] {
  return node ? node.namedChildren.filter((c): c is Node => c !== null) : [];
}

function kids(node: Node): Node[] {
  return node.children.filter((c): c is Node => c !== null);
}
