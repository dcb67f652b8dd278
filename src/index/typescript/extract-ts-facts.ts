import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import { findBareWords } from '../find-bare-words.js';
import { Locator } from '../locate.js';
import { findSyntaxProblems } from '../find-syntax-problems.js';
import { bindingOf, setBinding, type TsFileFacts, type TsSite } from './facts.js';
import { compileTsQuery, parseTs, type TsGrammar } from './ts-grammar.js';

/**
 * Pass 1 for TS/JS: one tree-sitter query over the file (traversal in C), then a walk over the
 * captures. Records every call, `new` and property read by name, and imports/requires with the local
 * names they bind, so that pass 2 can pick the sites a rule cares about without type-checking the rest.
 */
const PATTERNS = `
(call_expression) @call
(new_expression) @new
(member_expression) @member
(import_statement) @import
(export_statement) @export
(comment) @comment
(variable_declarator) @declarator
(pair) @pair
(assignment_expression) @assign
`;

export function extractTsFacts(text: string, grammar: TsGrammar, queries: readonly string[] = []): TsFileFacts {
  const tree = parseTs(grammar, text);
  try {
    return extractFromTree(tree.rootNode, grammar, text, queries);
  } finally {
    // WebAssembly memory is not garbage-collected.
    tree.delete();
  }
}

function extractFromTree(root: Node, grammar: TsGrammar, text: string, queries: readonly string[]): TsFileFacts {
  const loc = new Locator(text);
  const facts: TsFileFacts = {
    imports: [],
    sites: [],
    bindings: {},
    reexports: [],
    deprecatedNames: [],
    queryHits: {},
    problems: root.hasError ? findSyntaxProblems(root, loc) : [],
    lines: loc.lineCount,
  };
  // Member expressions that are callees, constructors or assignment targets are not reads. Their
  // call, `new` or assignment says so (asking a member for its parent walks down from the root: in a
  // minified chain thousands deep, that made the file quadratic).
  const notReads = new Set<number>();
  const reads: Array<{ node: Node; at: number }> = [];
  for (const { name: capture, node } of compileTsQuery(grammar, PATTERNS).captures(root)) {
    switch (capture) {
      case 'call': {
        const fn = node.childForFieldName('function');
        if (fn) notReads.add(fn.id);
        readCall(node, fn, facts, loc);
        break;
      }
      case 'new': {
        const constructor = node.childForFieldName('constructor');
        if (constructor) notReads.add(constructor.id);
        const target = constructor && nameOf(constructor);
        if (target) facts.sites.push({ kind: 'new', ...target, range: loc.rangeOf(node), args: argsOf(node), span: [node.startIndex, node.endIndex] });
        break;
      }
      case 'member':
        reads.push({ node, at: facts.sites.length });
        break;
      case 'import':
        readImport(node, facts, loc);
        break;
      case 'export': {
        const source = node.childForFieldName('source');
        if (source) facts.imports.push({ module: stringValue(source), kind: 'export-from', range: loc.rangeOf(node) });
        readReexports(node, facts);
        break;
      }
      case 'declarator':
        readRequireBinding(node, facts);
        readAlias(node.childForFieldName('name'), node.childForFieldName('value'), facts);
        break;
      case 'pair':
        readAlias(node.childForFieldName('key'), node.childForFieldName('value'), facts);
        break;
      case 'assign': {
        const left = node.childForFieldName('left');
        if (left) notReads.add(left.id);
        readAlias(left?.type === 'member_expression' ? left.childForFieldName('property') : left, node.childForFieldName('right'), facts);
        break;
      }
      case 'comment':
        if (node.text.startsWith('/**') && /@deprecated\b/.test(node.text)) facts.deprecatedNames.push(...declaredNamesAfter(node));
        break;
      default:
        break;
    }
  }
  // Back in capture order: each read goes where it was captured.
  const sites = facts.sites;
  facts.sites = [];
  let next = 0;
  for (const { node, at } of reads) {
    while (next < at) facts.sites.push(sites[next++] as TsSite);
    if (!notReads.has(node.id)) readMemberRead(node, facts, loc);
  }
  while (next < sites.length) facts.sites.push(sites[next++] as TsSite);
  readBoundNameUses(root, text, facts, loc);
  for (const source of queries) {
    const query = queryFor(grammar, source);
    facts.queryHits[source] = (query ? query.matches(root) : [])
      .flatMap((m) => {
        const capture = m.captures.find((c) => c.name === 'match') ?? m.captures[0];
        return capture ? [loc.rangeOf(capture.node)] : [];
      });
  }
  return facts;
}

/** Where a bare identifier stands for a value (not a declaration, a callee, a key or a write target). */
const VALUE_PARENTS = new Set([
  'arguments',
  'binary_expression',
  'unary_expression',
  'parenthesized_expression',
  'ternary_expression',
  'return_statement',
  'array',
  'expression_statement',
  'template_substitution',
  'spread_element',
  'subscript_expression',
  'sequence_expression',
  'await_expression',
]);

/**
 * Bare uses of names bound to a module's export (`const { R_OK } = require('fs')`, `import { R_OK } from
 * 'fs'`): found by text, then checked in the tree (capturing every identifier would cost more than the
 * rest of the file). They become member sites, like `fs.R_OK`.
 */
function readBoundNameUses(root: Node, text: string, facts: TsFileFacts, loc: Locator): void {
  const names = Object.keys(facts.bindings).filter((local) => bindingOf(facts, local)?.name !== undefined);
  if (names.length === 0) return;
  const known = new Set(facts.sites.map((s) => s.nameOffset));
  for (const offset of findBareWords(text, names)) {
    if (known.has(offset)) continue;
    const node = root.descendantForIndex(offset);
    const parent = node?.parent;
    if (!node || !parent || node.type !== 'identifier' || node.startIndex !== offset) continue;
    const isValue =
      VALUE_PARENTS.has(parent.type) ||
      (parent.type === 'variable_declarator' && parent.childForFieldName('value')?.id === node.id) ||
      (parent.type === 'assignment_expression' && parent.childForFieldName('right')?.id === node.id) ||
      (parent.type === 'pair' && parent.childForFieldName('value')?.id === node.id);
    if (!isValue) continue;
    facts.sites.push({ kind: 'member', name: node.text, nameOffset: offset, range: loc.rangeOf(node), args: [], span: [node.startIndex, node.endIndex] });
  }
}

/** A rule's raw query for this grammar; undefined when it names node types the grammar lacks (no hits there). */
function queryFor(grammar: TsGrammar, source: string) {
  try {
    return compileTsQuery(grammar, source);
  } catch {
    return undefined;
  }
}

function readCall(node: Node, fn: Node | null, facts: TsFileFacts, loc: Locator): void {
  if (!fn) return;
  const args = node.childForFieldName('arguments');
  const first = named(args)[0];
  if (fn.type === 'import') {
    if (first && isString(first)) facts.imports.push({ module: stringValue(first), kind: 'dynamic-import', range: loc.rangeOf(node) });
    return;
  }
  if (fn.type === 'identifier' && fn.text === 'require') {
    if (first && isString(first)) facts.imports.push({ module: stringValue(first), kind: 'require', range: loc.rangeOf(node) });
    return;
  }
  const target = nameOf(fn);
  if (target) facts.sites.push({ kind: 'call', ...target, range: { start: loc.position(target.nameOffset), end: loc.position(node.endIndex) }, args: argsOf(node), span: [node.startIndex, node.endIndex] });
}

/** A member expression that is read (not a callee, constructor or assignment target). */
function readMemberRead(node: Node, facts: TsFileFacts, loc: Locator): void {
  const target = nameOf(node);
  if (target) facts.sites.push({ kind: 'member', ...target, range: { start: loc.position(target.nameOffset), end: loc.position(node.endIndex) }, args: [], span: [node.startIndex, node.endIndex] });
}

/** The name a callee or constructor uses: `f` in `f()`, `parse` in `u.parse()` (with receiver `u`). */
function nameOf(node: Node): Pick<TsSite, 'name' | 'nameOffset' | 'receiver' | 'receiverSpan' | 'receiverModule'> | undefined {
  if (node.type === 'identifier') return { name: node.text, nameOffset: node.startIndex };
  if (node.type !== 'member_expression') return undefined;
  const property = node.childForFieldName('property');
  const object = node.childForFieldName('object');
  if (!property) return undefined;
  return {
    name: property.text,
    nameOffset: property.startIndex,
    ...(object?.type === 'identifier' ? { receiver: object.text } : {}),
    ...(object ? { receiverSpan: [object.startIndex, object.endIndex] as Span } : {}),
    ...(object && isRequireCall(object) ? { receiverModule: requiredModule(object) } : {}),
  };
}

function readImport(node: Node, facts: TsFileFacts, loc: Locator): void {
  const source = node.childForFieldName('source');
  const requireClause = named(node).find((c) => c.type === 'import_require_clause');
  if (requireClause) {
    // TS `import fs = require('fs')`.
    const id = named(requireClause).find((c) => c.type === 'identifier');
    const spec = named(requireClause).find(isString);
    if (spec) {
      const module = stringValue(spec);
      facts.imports.push({ module, kind: 'import', range: loc.rangeOf(node) });
      if (id) setBinding(facts, id.text, { module });
    }
    return;
  }
  if (!source) return;
  const module = stringValue(source);
  facts.imports.push({ module, kind: 'import', range: loc.rangeOf(node) });
  const clause = named(node).find((c) => c.type === 'import_clause');
  for (const part of named(clause) ?? []) {
    if (part.type === 'identifier') setBinding(facts, part.text, { module });
    else if (part.type === 'namespace_import') {
      const id = named(part).find((c) => c.type === 'identifier');
      if (id) setBinding(facts, id.text, { module });
    } else if (part.type === 'named_imports') {
      for (const spec of named(part)) {
        if (spec.type !== 'import_specifier') continue;
        const name = spec.childForFieldName('name')?.text;
        const alias = spec.childForFieldName('alias')?.text ?? name;
        if (name && alias) setBinding(facts, alias, { module, name });
      }
    }
  }
}

function readReexports(node: Node, facts: TsFileFacts): void {
  const clause = named(node).find((c) => c.type === 'export_clause');
  for (const spec of named(clause) ?? []) {
    const name = spec.childForFieldName('name')?.text;
    const alias = spec.childForFieldName('alias')?.text;
    if (spec.type === 'export_specifier' && name && alias && alias !== name) facts.reexports.push({ name, alias });
  }
}

/**
 * A name that holds what another name refers to: `const parseUrl = url.parse`, `exports.parseUrl =
 * require('url').parse`, `module.exports = { urlParse: url.parse }`. Recorded like a renamed re-export, so
 * that uses of the new name are checked when the old name is wanted.
 */
function readAlias(target: Node | null | undefined, value: Node | null, facts: TsFileFacts): void {
  if (!target || !value || (target.type !== 'identifier' && target.type !== 'property_identifier')) return;
  // Only a member (`url.parse`): plain identifiers (`{ done: resolve }`, `cb = resolve`) are everyday code,
  // and taking them as aliases made every `done()` a candidate for the checker (measured on bower: 10x).
  const held = value.type === 'member_expression' ? value.childForFieldName('property') : undefined;
  if (held && held.text !== target.text) facts.reexports.push({ name: held.text, alias: target.text });
}

/** `const u = require('url')`, `const { parse: p } = require('url')`, `const parse = require('url').parse`. */
function readRequireBinding(node: Node, facts: TsFileFacts): void {
  const value = node.childForFieldName('value');
  const name = node.childForFieldName('name');
  if (!value || !name) return;
  let required: string | undefined;
  let exported: string | undefined;
  if (isRequireCall(value)) required = requiredModule(value);
  else if (value.type === 'member_expression') {
    const object = value.childForFieldName('object');
    if (object && isRequireCall(object)) {
      required = requiredModule(object);
      exported = value.childForFieldName('property')?.text;
    }
  }
  if (required === undefined) return;
  if (name.type === 'identifier') {
    setBinding(facts, name.text, exported ? { module: required, name: exported } : { module: required });
    return;
  }
  if (name.type !== 'object_pattern' || exported) return;
  for (const part of named(name)) {
    if (part.type === 'shorthand_property_identifier_pattern') setBinding(facts, part.text, { module: required, name: part.text });
    else if (part.type === 'pair_pattern') {
      const key = part.childForFieldName('key')?.text;
      const local = part.childForFieldName('value');
      if (key && local?.type === 'identifier') setBinding(facts, local.text, { module: required, name: key });
    }
  }
}

function isRequireCall(node: Node): boolean {
  if (node.type !== 'call_expression') return false;
  const fn = node.childForFieldName('function');
  const first = named(node.childForFieldName('arguments'))[0];
  return fn?.type === 'identifier' && fn.text === 'require' && first !== undefined && isString(first);
}

function requiredModule(call: Node): string {
  const first = call.childForFieldName('arguments')?.namedChildren[0];
  return first ? stringValue(first) : '';
}

/** The names declared by the node a JSDoc comment documents. */
function declaredNamesAfter(comment: Node): string[] {
  let next = comment.nextNamedSibling;
  while (next?.type === 'comment') next = next.nextNamedSibling;
  if (!next) return [];
  if (next.type === 'export_statement') next = next.childForFieldName('declaration') ?? named(next)[0] ?? next;
  const nameNode = next.childForFieldName('name');
  if (nameNode && nameNode.type !== 'object_pattern') return [nameNode.text];
  switch (next.type) {
    case 'lexical_declaration':
    case 'variable_declaration':
      return named(next).flatMap((d) => {
        const n = d.childForFieldName('name');
        return n?.type === 'identifier' ? [n.text] : [];
      });
    case 'expression_statement': {
      const assignment = named(next)[0];
      const left = assignment?.type === 'assignment_expression' ? assignment.childForFieldName('left') : undefined;
      const property = left?.type === 'member_expression' ? left.childForFieldName('property') : left;
      return property ? [property.text] : [];
    }
    case 'pair': {
      const key = next.childForFieldName('key');
      return key ? [key.text.replace(/^['"]|['"]$/g, '')] : [];
    }
    default:
      return [];
  }
}

function argsOf(node: Node): Span[] {
  const args = node.childForFieldName('arguments');
  return (named(args) ?? []).filter((a) => a.type !== 'comment').map((a) => [a.startIndex, a.endIndex]);
}

function isString(node: Node): boolean {
  return node.type === 'string' || (node.type === 'template_string' && named(node).every((c) => c.type === 'string_fragment'));
}

function stringValue(node: Node): string {
  return node.text.slice(1, -1);
}

/** Named children (the WebAssembly binding types them as possibly null). */
function named(node: Node | null | undefined): Node[] {
  return node ? node.namedChildren.filter((c): c is Node => c !== null) : [];
}
