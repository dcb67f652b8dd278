import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import type { Node, Tree } from 'web-tree-sitter';
import { parseJava } from '../../src/index/java/java-language.js';
import { readSourceSync } from '../../src/index/read-source.js';
import { grammarOf, parseTs } from '../../src/index/typescript/ts-grammar.js';
import { REPO } from '../helpers/run-cli.js';

/**
 * install-fast-node-access.ts replaces web-tree-sitter's Node accessors with its own transfer-buffer
 * code. Every node of every fixture is checked here against a TreeCursor walk, which reaches the same
 * tree through the binding's own cursor code: if a web-tree-sitter upgrade changes what the
 * replacements depend on, these fail.
 */

const javaFiles = fg.sync('fixtures/**/*.java', { cwd: REPO, absolute: true }).sort();
const jsFiles = fg.sync('fixtures/legacy-node/**/*.{js,ts}', { cwd: REPO, absolute: true, ignore: ['**/node_modules/**'] }).sort();

function textOf(file: string): string {
  const read = readSourceSync(file);
  return read.ok ? read.text : readFileSync(file, 'latin1');
}

/** What the cursor says of a node and its children. */
interface Seen {
  id: number;
  type: string;
  typeId: number;
  end: number;
  children: Array<{ id: number; named: boolean; field: string | null }>;
}

/** Every node of the tree as the cursor sees it, with the id of its parent (0 for the root). */
function walk(tree: Tree): Array<{ node: Node; seen: Seen; parent: number }> {
  const out: Array<{ node: Node; seen: Seen; parent: number }> = [];
  const cursor = tree.walk();
  const visit = (parent: number) => {
    const seen: Seen = { id: cursor.nodeId, type: cursor.nodeType, typeId: cursor.nodeTypeId, end: cursor.endIndex, children: [] };
    out.push({ node: cursor.currentNode, seen, parent });
    if (!cursor.gotoFirstChild()) return;
    do {
      seen.children.push({ id: cursor.nodeId, named: cursor.nodeIsNamed, field: cursor.currentFieldName });
      visit(seen.id);
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  };
  visit(0);
  cursor.delete();
  return out;
}

const idOf = (node: Node | null | undefined) => node?.id ?? 0;

function expectSameAsCursor(tree: Tree): number {
  const nodes = walk(tree);
  const byId = new Map(nodes.map((n) => [n.seen.id, n.seen]));
  const fields = [...new Set(nodes.flatMap((n) => n.seen.children.map((c) => c.field)).filter((f): f is string => f !== null))];
  for (const { node, seen, parent } of nodes) {
    const named = seen.children.filter((c) => c.named);
    const siblings = byId.get(parent)?.children ?? [];
    const at = siblings.findIndex((c) => c.id === seen.id);
    const firstWithField = (field: string) => seen.children.find((c) => c.field === field)?.id ?? 0;
    expect({
      type: node.type,
      typeId: node.typeId,
      end: node.endIndex,
      parent: idOf(node.parent),
      children: node.children.map(idOf),
      named: node.namedChildren.map(idOf),
      child: seen.children.map((_, i) => idOf(node.child(i))),
      namedChild: named.map((_, i) => idOf(node.namedChild(i))),
      firstNamed: idOf(node.firstNamedChild),
      previous: idOf(node.previousSibling),
      nextNamed: idOf(node.nextNamedSibling),
      fields: fields.map((f) => idOf(node.childForFieldName(f))),
    }).toEqual({
      type: seen.type,
      typeId: seen.typeId,
      end: seen.end,
      parent,
      children: seen.children.map((c) => c.id),
      named: named.map((c) => c.id),
      child: seen.children.map((c) => c.id),
      namedChild: named.map((c) => c.id),
      firstNamed: named[0]?.id ?? 0,
      previous: at > 0 ? (siblings[at - 1]?.id ?? 0) : 0,
      nextNamed: at >= 0 ? (siblings.slice(at + 1).find((c) => c.named)?.id ?? 0) : 0,
      fields: fields.map(firstWithField),
    });
  }
  expect(tree.rootNode.childForFieldName('no-such-field')).toBeNull();
  return nodes.length;
}

describe('fast node access', () => {
  it('finds fixtures to compare on', () => {
    expect(javaFiles.length).toBeGreaterThan(20);
    expect(jsFiles.length).toBeGreaterThan(5);
  });

  it.each(javaFiles.map((f) => [path.relative(REPO, f), f]))('reads every node of %s as the cursor does', (_name, file) => {
    const tree = parseJava(textOf(file));
    try {
      expect(expectSameAsCursor(tree)).toBeGreaterThan(10);
    } finally {
      tree.delete();
    }
  });

  it.each(jsFiles.map((f) => [path.relative(REPO, f), f]))('reads every node of %s as the cursor does', (_name, file) => {
    const tree = parseTs(grammarOf(file), textOf(file));
    try {
      expect(expectSameAsCursor(tree)).toBeGreaterThan(10);
    } finally {
      tree.delete();
    }
  });
});
