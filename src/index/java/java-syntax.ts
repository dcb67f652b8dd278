import type { Node } from 'web-tree-sitter';
import type { Position, Span } from '../../core/types.js';
import type { Locator } from '../locate.js';
import type { Expr } from './facts.js';
import { genericTypeText, typeText } from './type-text.js';

/** Reading tree-sitter-java nodes: shared by pass 1 (declarations) and the use extraction. */

/** The local variable (or parameter) `name` visible at `offset`, as an expression of its declared type. */
export type LookupLocal = (name: string, offset: number) => Expr | undefined;

/** Named children (the WebAssembly binding types them as possibly null). */
export function named(node: Node | null | undefined): Node[] {
  return node ? node.namedChildren.filter((c): c is Node => c !== null) : [];
}

export function kids(node: Node): Node[] {
  return node.children.filter((c): c is Node => c !== null);
}

export function spanOf(node: Node): Span {
  return [node.startIndex, node.endIndex];
}

export function declaratorsOf(node: Node): Node[] {
  return named(node).filter((c) => c.type === 'variable_declarator');
}

/** A file's text as declarations are read from it. */
export interface DeclSource {
  text: string;
  loc: Locator;
  /** Whether the text has a `@deprecated` tag anywhere: searched once per file, not once per declaration. */
  hasDeprecatedTag: boolean;
}

export function declSource(text: string, loc: Locator): DeclSource {
  return { text, loc, hasDeprecatedTag: text.includes('@deprecated') };
}

/**
 * What a declaration's modifiers say: `static`, and deprecated (`@Deprecated`, or a `@deprecated` tag in
 * the Javadoc right before it). The text is searched first; the tree is asked only when it may say yes.
 */
export function readModifiers(node: Node, { text, hasDeprecatedTag }: DeclSource): { isStatic: boolean; deprecated: boolean } {
  const first = node.firstNamedChild;
  const modifiers = first?.type === 'modifiers' ? first : null;
  let isStatic = false;
  let deprecated = false;
  if (modifiers) {
    const written = text.slice(modifiers.startIndex, modifiers.endIndex);
    if (/\bstatic\b/.test(written)) isStatic = kids(modifiers).some((c) => c.type === 'static');
    if (written.includes('Deprecated')) {
      deprecated = named(modifiers).some((m) => {
        if (m.type !== 'marker_annotation' && m.type !== 'annotation') return false;
        const name = m.childForFieldName('name')?.text;
        return name === 'Deprecated' || name === 'java.lang.Deprecated';
      });
    }
  }
  return { isStatic, deprecated: deprecated || (hasDeprecatedTag && javadocSaysDeprecated(node)) };
}

function javadocSaysDeprecated(node: Node): boolean {
  let previous = node.previousSibling;
  while (previous?.type === 'line_comment') previous = previous.previousSibling;
  return previous?.type === 'block_comment' && previous.text.startsWith('/**') && /@deprecated\b/.test(previous.text);
}

export function argumentsOf(node: Node, exprOf: (n: Node | null) => Expr): { exprs: Expr[]; spans: Span[] } {
  const args = node.childForFieldName('arguments');
  if (!args) return { exprs: [], spans: [] };
  const nodes = named(args).filter((c) => !c.type.endsWith('comment'));
  return { exprs: nodes.map((c) => exprOf(c)), spans: nodes.map(spanOf) };
}

/** Identifiers that stand for a value (not a declaration's name, a method name, a label or part of a qualified name). */
export function isBareExpression(node: Node): boolean {
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

/** The `new` keyword: the node's start, unless the creation is qualified (`outer.new Inner()`). */
export function newKeywordPosition(node: Node, loc: Locator): Position {
  const start = loc.positionOf(node);
  if (node.text.startsWith('new')) return start;
  const keyword = kids(node).find((c) => c.type === 'new');
  return keyword ? loc.positionOf(keyword) : start;
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

/**
 * Beyond this depth an expression's shape is unknown: generated code nests deeper than the stack goes
 * (a `"a" + "b" + …` of 20,000 strings overflowed it, and the file's uses were lost).
 */
const MAX_EXPR_DEPTH = 200;

/**
 * The shapes of calls and field accesses already read in one file, by node id. Each link of a chain
 * `a.b().c()…` is the receiver of the next: without it, reading every call of an n-call chain costs
 * O(n²). `heights` bounds how deep such shapes nest, as MAX_EXPR_DEPTH bounds recursion.
 */
export interface ExprMemo {
  shapes: Map<number, Expr>;
  heights: WeakMap<Expr, number>;
}

export function newExprMemo(): ExprMemo {
  return { shapes: new Map(), heights: new WeakMap() };
}

/**
 * The syntactic shape of an expression (see Expr). Locals are looked up now (at the identifier's
 * offset), everything else later.
 */
export function toExpr(node: Node | null, lookupLocal: LookupLocal, memo?: ExprMemo, depth = 0): Expr {
  if (!node || depth > MAX_EXPR_DEPTH) return { k: 'unknown' };
  if (memo && (node.type === 'method_invocation' || node.type === 'field_access')) {
    let expr = memo.shapes.get(node.id);
    if (!expr) {
      expr = toExprOf(node, lookupLocal, memo, depth);
      const inner = expr.k === 'call' || expr.k === 'field' ? expr.recv : undefined;
      const height = inner ? (memo.heights.get(inner) ?? 0) + 1 : expr.k === 'name' ? countDots(expr.name) : 0;
      if (height > MAX_EXPR_DEPTH) expr = { k: 'unknown' };
      else memo.heights.set(expr, height);
      memo.shapes.set(node.id, expr);
    }
    return expr;
  }
  return toExprOf(node, lookupLocal, memo, depth);
}

function countDots(name: string): number {
  let dots = 0;
  for (let i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1)) dots++;
  return dots;
}

function toExprOf(node: Node, lookupLocal: LookupLocal, memo: ExprMemo | undefined, depth: number): Expr {
  const recurse = (n: Node | null) => toExpr(n, lookupLocal, memo, depth + 1);
  switch (node.type) {
    case 'identifier': {
      const name = node.text;
      return lookupLocal(name, node.startIndex) ?? { k: 'name', name };
    }
    case 'field_access': {
      const object = node.childForFieldName('object');
      const fieldNode = node.childForFieldName('field');
      // `Outer.this` is the enclosing instance: a value of the type named before it.
      if (fieldNode?.type === 'this') return object ? { k: 'value', type: typeText(object) } : { k: 'unknown' };
      const field = fieldNode?.text ?? '';
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
      return t ? { k: 'value', type: genericTypeText(t) } : { k: 'unknown' };
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
      // `c ? null : d` has the type of `d`.
      if (a.k === 'value' && a.type === 'null') return b;
      if (b.k === 'value' && b.type === 'null') return a;
      return { k: 'unknown' };
    }
    case 'array_access':
      return elementOf(recurse(node.childForFieldName('array')));
    case 'assignment_expression':
      // The value of `d = 2` has the type of `d`, not of `2`.
      return recurse(node.childForFieldName('left'));
    default: {
      const literal = NUMERIC_LITERALS[node.type];
      return literal ? { k: 'value', type: literal(node.text) } : { k: 'unknown' };
    }
  }
}

/**
 * An element of an array (`xs[0]`) or of what `for (var x : xs)` iterates: known now for a declared
 * array type, left to the resolver otherwise (a field's type, an Iterable's type argument).
 */
export function elementOf(of: Expr): Expr {
  if (of.k === 'value' && of.type.endsWith('[]')) return { k: 'value', type: of.type.slice(0, -2) };
  return of.k === 'unknown' ? of : { k: 'element', of };
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
