import type { Node } from 'web-tree-sitter';
import { findBareWords } from '../find-bare-words.js';
import type { LiveJavaFile } from './extract-java-facts.js';
import type { Captures, Range, Span } from '../../core/types.js';
import type { Expr, JavaRefFact, JavaTypeFact } from './facts.js';
import { argumentsOf, elementOf, isBareExpression, named, newExprMemo, newKeywordPosition, spanOf, toExpr } from './java-syntax.js';
import { genericTypeText, typeText } from './type-text.js';

/**
 * Which uses to extract, by name: a use no rule can match is skipped before anything else is read
 * of it (its receiver, arguments and positions are most of the cost of a use).
 */
export interface RefFilter {
  call(name: string): boolean;
  /** Field accesses and bare statically imported names. */
  member(name: string): boolean;
  /** `new`, by the simple name of the created type as written. */
  create(simpleName: string): boolean;
  /**
   * For a call or field use whose name no rule wants: whether a rule may still want it for the type of
   * its receiver (`Type#*` rules). Asked only where the name test said no; absent means no.
   */
  receiverMayMatch?(kind: 'call' | 'member', recv: Expr, name: string, scope: string): boolean;
  /** Simple names of types whose every written reference is wanted (the project's deprecated types). */
  typeNames?: ReadonlySet<string>;
}

export const KEEP_ALL_REFS: RefFilter = { call: () => true, member: () => true, create: () => true };

/** The pass-1 captures of locals and parameters (see extract-java-facts.ts), by the kind scopeEndOf() reads. */
const LOCAL_CAPTURES: ReadonlySet<string> = new Set(['local', 'param', 'foreach', 'resource', 'lambda-param', 'pattern']);

/** A local variable or parameter; its type and scope are read from the tree only when a use asks. */
interface LocalVar {
  kind: string;
  /** Its capture in pass 1. */
  capture: number;
  /** The declared name's identifier, made when a use first looks the local up. */
  node?: Node;
  start: number;
  scopeEnd?: number;
  expr?: Expr;
}

type LookedUpLocal = LocalVar & { node: Node };

/** A Java identifier character (any non-ASCII character may be one; ASCII punctuation other than `_` and `$` is not). */
function isIdentifierPart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24 || c >= 0x80;
}
const QUALIFIED_NAME = /(?:[\w$\u0080-\uffff]+\s*\.\s*)*([\w$\u0080-\uffff]+)/y;

/**
 * The uses of one parsed file (calls, `new`s, field accesses, bare statically imported names) that
 * `filter` keeps, with receivers and arguments as `Expr`s. Locals are looked up by position: the
 * latest declaration of the name before the use whose scope still contains it.
 */
export function extractJavaRefs(parsed: LiveJavaFile, filter: RefFilter): JavaRefFact[] {
  const { text, decls, loc } = parsed;
  const root = parsed.live.tree.rootNode;
  const refs: JavaRefFact[] = [];
  const scopes = new ScopeTracker(decls.types);

  const captures = parsed.live.captures;
  const locals = new Map<string, LocalVar[]>();
  const lookupLocal = (name: string, offset: number): Expr | undefined => {
    const candidates = locals.get(name);
    if (!candidates) return undefined;
    for (let i = candidates.length - 1; i >= 0; i--) {
      const candidate = candidates[i] as LocalVar;
      if (candidate.start >= offset) continue;
      candidate.node ??= captures.node(candidate.capture);
      const local = candidate as LookedUpLocal;
      local.scopeEnd ??= scopeEndOf(local);
      if (offset >= local.scopeEnd) continue;
      if (!local.expr) {
        local.expr = { k: 'unknown' }; // guards against a declaration that refers to itself
        local.expr = exprOfLocal(local, lookupLocal);
      }
      return local.expr;
    }
    return undefined;
  };
  const memo = newExprMemo();
  const exprOf = (node: Node | null): Expr => toExpr(node, lookupLocal, memo);
  // Read for every use: a scan and one slice, rather than a regular expression's match array each time.
  const wordAt = (offset: number): string => {
    let end = offset;
    while (end < text.length && isIdentifierPart(text.charCodeAt(end))) end++;
    return text.slice(offset, end);
  };

  // Bare uses of statically imported names are found by text, then checked in the tree: capturing every
  // identifier would cost more than the rest of the file's extraction.
  const staticNames = new Set<string>();
  let staticOnDemand = false;
  for (const { isStatic, onDemand, name } of decls.imports) {
    if (!isStatic) continue;
    if (onDemand) staticOnDemand = true;
    else staticNames.add(name.slice(name.lastIndexOf('.') + 1));
  }
  const bareNames = findBareWords(text, staticNames, staticOnDemand ? '[A-Z][A-Z0-9_]*' : undefined);
  let nextBare = 0;
  // Offsets of `case` labels read as enum constants (a statically imported one is also a bare name).
  const caseLabels = new Set<number>();
  const bareNameSet = new Set(bareNames);
  const readBareNamesBefore = (at: number) => {
    for (; nextBare < bareNames.length && (bareNames[nextBare] ?? 0) < at; nextBare++) {
      const offset = bareNames[nextBare] ?? 0;
      if (caseLabels.has(offset)) continue;
      const name = wordAt(offset);
      const byName = filter.member(name);
      if (!byName && !filter.receiverMayMatch) continue;
      const node = root.descendantForIndex(offset);
      if (!node || node.type !== 'identifier' || node.startIndex !== offset) continue;
      if (lookupLocal(name, offset) || !isBareExpression(node)) continue;
      const scope = scopes.at(offset);
      if (!byName && !filter.receiverMayMatch?.('member', IMPLICIT, name, scope)) continue;
      const end = offset + name.length;
      refs.push(refOf('member', name, IMPLICIT, [], { start: loc.position(offset), end: loc.position(end) }, capturesOf([offset, end], [offset, end]), scope));
    }
  };

  const ownerOf = (i: number): Node | null => captures.owner?.(i) ?? captures.node(i).parent;
  for (let i = 0; i < captures.length; i++) {
    const capture = captures.name(i);
    const at = captures.start(i);
    readBareNamesBefore(at);
    switch (capture) {
      case 'call': {
        const name = wordAt(at);
        const byName = filter.call(name);
        if (!byName && !filter.receiverMayMatch) break;
        const call = ownerOf(i);
        if (!call) break;
        const object = call.childForFieldName('object');
        const recv: Expr = object ? exprOf(object) : IMPLICIT;
        const scope = scopes.at(at);
        if (!byName && !filter.receiverMayMatch?.('call', recv, name, scope)) break;
        const args = argumentsOf(call, exprOf);
        const start = call.startIndex;
        const end = call.endIndex;
        const span: Span = [start, end];
        const captured = capturesOf(span, [at, at + name.length], object ? spanOf(object) : undefined, undefined, args.spans);
        refs.push(refOf('call', name, recv, args.exprs, { start: loc.position(at), end: loc.position(end) }, captured, scope));
        break;
      }
      case 'new': {
        const node = captures.node(i);
        if (!filter.create(createdSimpleName(node, text))) break;
        const creation = captures.owner?.(i) ?? node.parent;
        if (!creation) break;
        const args = argumentsOf(creation, exprOf);
        const span = spanOf(node);
        const range = { start: newKeywordPosition(creation, loc), end: loc.position(creation.endIndex) };
        refs.push(refOf('new', typeText(node), IMPLICIT, args.exprs, range, capturesOf(spanOf(creation), span, undefined, span, args.spans), scopes.at(at)));
        break;
      }
      case 'field-access': {
        const name = wordAt(at);
        const byName = filter.member(name);
        if (!byName && !filter.receiverMayMatch) break;
        const access = ownerOf(i);
        const object = access?.childForFieldName('object');
        if (!access || !object) break;
        const recv = exprOf(object);
        const scope = scopes.at(at);
        if (!byName && !filter.receiverMayMatch?.('member', recv, name, scope)) break;
        const end = access.endIndex;
        const captured = capturesOf([access.startIndex, end], [at, at + name.length], spanOf(object));
        refs.push(refOf('member', name, recv, [], { start: loc.position(at), end: loc.position(end) }, captured, scope));
        break;
      }
      case 'case-constant': {
        // `switch (mode) { case QUICK: … }`: QUICK is mode's enum constant, written bare.
        const name = wordAt(at);
        if (!filter.member(name)) break;
        const condition = captures.node(i).parent?.parent?.parent?.parent?.childForFieldName('condition');
        if (!condition) break;
        const end = at + name.length;
        caseLabels.add(at);
        const range = { start: loc.position(at), end: loc.position(end) };
        const caseLabel = bareNameSet.has(at) ? 'enum-or-static-import' : 'enum';
        refs.push(refOf('member', name, exprOf(condition), [], range, capturesOf([at, end], [at, end]), scopes.at(at), caseLabel));
        break;
      }
      default: {
        // A local variable or parameter declaration: remembered cheaply, read only if a use looks it up.
        if (!LOCAL_CAPTURES.has(capture)) break; // a declaration, read in pass 1
        const name = wordAt(at);
        const local: LocalVar = { kind: capture, capture: i, start: at };
        const list = locals.get(name);
        if (list) list.push(local);
        else locals.set(name, [local]);
        break;
      }
    }
  }

  readBareNamesBefore(Number.POSITIVE_INFINITY);
  if (filter.typeNames && filter.typeNames.size > 0) refs.push(...typeRefsOf(parsed, filter.typeNames));
  refs.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return refs;
}

/** Where a type reference is not one of its own kind: `new X()` and `extends X` are read as such elsewhere. */
const NOT_TYPE_REFS = new Set(['object_creation_expression', 'superclass', 'super_interfaces', 'extends_interfaces']);

/**
 * References to the named types, found in the text and checked in the tree: a type in a declaration,
 * cast, `instanceof`, generic argument or class literal (`type_identifier` nodes, qualified or not).
 */
function typeRefsOf(parsed: LiveJavaFile, names: ReadonlySet<string>): JavaRefFact[] {
  const { text, loc } = parsed;
  const root = parsed.live.tree.rootNode;
  const scopes = new ScopeTracker(parsed.decls.types);
  const refs: JavaRefFact[] = [];
  for (const offset of findBareWords(text, names)) {
    const node = root.descendantForIndex(offset);
    if (node?.type !== 'type_identifier' || node.startIndex !== offset) continue;
    // `p.Gone` is written as a scoped type whose last part is the name.
    let written: Node = node;
    while (written.parent?.type === 'scoped_type_identifier') written = written.parent;
    let context = written.parent;
    if (context?.type === 'generic_type') context = context.parent;
    if (context?.type === 'type_list') context = context.parent;
    if (context && NOT_TYPE_REFS.has(context.type)) continue;
    const end = node.endIndex;
    const range = { start: loc.position(offset), end: loc.position(end) };
    refs.push(refOf('type', typeText(written), IMPLICIT, [], range, capturesOf([offset, end], [offset, end]), scopes.at(offset)));
  }
  return refs;
}

/** The receiver of an unqualified call or a bare name (shared: Exprs are never changed once made). */
const IMPLICIT: Expr = { k: 'implicit' };

/**
 * Every use is made here, with the same properties in the same order (absent ones undefined), and so
 * are its captures: V8 then gives them all one hidden class, and the code that reads them (linking,
 * matching) stays monomorphic. Uses of several shapes made the optimizing compiler deoptimize and
 * compile linkJavaFile again, in every thread, each time a new shape first came by (~50 ms a compile).
 */
function refOf(
  kind: JavaRefFact['kind'],
  name: string,
  recv: Expr,
  args: Expr[],
  range: Range,
  captures: Captures,
  scope: string,
  caseLabel?: JavaRefFact['caseLabel'],
): JavaRefFact {
  return { kind, name, recv, args, range, captures, scope, caseLabel };
}

/** A use's captures (see refOf); `argTypes` is filled in when linking. */
function capturesOf(span: Span, name: Span, receiver?: Span, type?: Span, args?: Span[]): Captures {
  return { span, name, receiver, type, args, argTypes: undefined };
}

/** The simple name of a created type, read from the text: `java.util.Date` → `Date`, `ArrayList<>` → `ArrayList`. */
function createdSimpleName(typeNode: Node, text: string): string {
  if (text[typeNode.startIndex] === '@') {
    const written = typeText(typeNode);
    return written.slice(written.lastIndexOf('.') + 1);
  }
  QUALIFIED_NAME.lastIndex = typeNode.startIndex;
  return QUALIFIED_NAME.exec(text)?.[1] ?? '';
}

const PATTERN_SCOPES = new Set(['block', 'switch_rule', 'switch_block_statement_group', 'lambda_expression', 'method_declaration', 'constructor_declaration', 'field_declaration']);

/** Where a local's scope ends: its block, its method or lambda, its catch clause, loop or try statement. */
function scopeEndOf(local: LookedUpLocal): number {
  const holder = local.node.parent;
  let scope: Node | null | undefined;
  switch (local.kind) {
    case 'local':
      scope = holder?.parent?.parent; // declarator → declaration → block
      break;
    case 'param':
      if (holder?.type === 'variable_declarator') scope = holder.parent?.parent?.parent; // spread_parameter → parameters → method
      else if (holder?.type === 'catch_formal_parameter') scope = holder.parent;
      else scope = holder?.parent?.parent; // formal_parameter → parameters → method or lambda
      break;
    case 'foreach':
      scope = holder;
      break;
    case 'resource':
      scope = holder?.parent?.parent; // resource → specification → try statement
      break;
    case 'lambda-param':
      scope = holder?.type === 'lambda_expression' ? holder : holder?.parent;
      break;
    case 'pattern':
      // `o instanceof Date d` and `case Date d ->`: flow scoping can reach past the `if` (after an early
      // return), so the whole enclosing switch case or block, a superset, is taken.
      scope = holder;
      while (scope && !PATTERN_SCOPES.has(scope.type)) scope = scope.parent;
      break;
    default:
      scope = holder;
  }
  return scope?.endIndex ?? local.start;
}

/** A local's type as declared (`var` infers it from the initializer; an untyped lambda's parameter from the call it is passed to). */
function exprOfLocal(local: LookedUpLocal, lookupLocal: (name: string, offset: number) => Expr | undefined): Expr {
  const holder = local.node.parent;
  if (!holder) return { k: 'unknown' };
  const declared = (typeNode: Node | null | undefined, suffix = ''): Expr => {
    if (!typeNode) return { k: 'unknown' };
    const type = genericTypeText(typeNode);
    return type === 'var' ? { k: 'unknown' } : { k: 'value', type: type + suffix };
  };
  switch (local.kind) {
    case 'local': {
      const typeNode = holder.parent?.childForFieldName('type');
      const type = typeNode ? genericTypeText(typeNode) : 'var';
      if (type === 'var') return toExpr(holder.childForFieldName('value'), lookupLocal);
      return { k: 'value', type: type + (holder.childForFieldName('dimensions') ? '[]' : '') };
    }
    case 'param':
      if (holder.type === 'variable_declarator') {
        const spread = holder.parent;
        return declared(named(spread).find((c) => c.type !== 'modifiers' && c.type !== 'variable_declarator'), '[]');
      }
      if (holder.type === 'catch_formal_parameter') {
        const catchType = named(holder).find((c) => c.type === 'catch_type');
        return declared(named(catchType)[0]);
      }
      return declared(holder.childForFieldName('type'));
    case 'foreach': {
      // `for (var d : dates)`: an element of what is iterated (an array's, or an Iterable's argument).
      const typeNode = holder.childForFieldName('type');
      if (typeNode?.text !== 'var') return declared(typeNode);
      return elementOf(toExpr(holder.childForFieldName('value'), lookupLocal));
    }
    case 'resource':
      return declared(holder.childForFieldName('type'));
    case 'lambda-param':
      return lambdaParamOf(local, lookupLocal);
    case 'pattern':
      return holder.type === 'instanceof_expression'
        ? declared(holder.childForFieldName('right'))
        : declared(named(holder).find((c) => c.type !== 'modifiers' && c.startIndex !== local.start));
    default:
      return { k: 'unknown' };
  }
}

/**
 * An untyped lambda parameter, when the lambda is the argument of a method call on a receiver (the
 * resolver knows what some JDK methods pass: `dates.forEach(d -> …)` passes the list's elements).
 */
function lambdaParamOf(local: LookedUpLocal, lookupLocal: (name: string, offset: number) => Expr | undefined): Expr {
  const holder = local.node.parent;
  const lambda = holder?.type === 'lambda_expression' ? holder : holder?.parent;
  if (lambda?.type !== 'lambda_expression') return { k: 'unknown' };
  const call = lambda.parent?.type === 'argument_list' ? lambda.parent.parent : undefined;
  const object = call?.type === 'method_invocation' ? call.childForFieldName('object') : undefined;
  const method = call?.childForFieldName('name')?.text;
  if (!object || !method) return { k: 'unknown' };
  const param = holder?.type === 'inferred_parameters' ? named(holder).findIndex((p) => p.startIndex === local.start) : 0;
  return { k: 'lambda-param', recv: toExpr(object, lookupLocal), method, param };
}

/** The innermost type around an offset, for offsets visited in ascending order. */
class ScopeTracker {
  private readonly frames: JavaTypeFact[];
  private next = 0;
  private readonly open: JavaTypeFact[] = [];

  constructor(types: readonly JavaTypeFact[]) {
    this.frames = [...types].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  at(offset: number): string {
    const open = this.open;
    for (let f = this.frames[this.next]; f && f.start <= offset; f = this.frames[++this.next]) {
      while (open.length > 0 && (open[open.length - 1]?.end ?? 0) <= f.start) open.pop();
      open.push(f);
    }
    while (open.length > 0 && (open[open.length - 1]?.end ?? 0) <= offset) open.pop();
    return open[open.length - 1]?.fqn ?? '';
  }
}
