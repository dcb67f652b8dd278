import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import type { Tree } from 'web-tree-sitter';
import { compileJavaQuery, parseJava } from '../../src/index/java/java-language.js';
import { readSourceSync } from '../../src/index/read-source.js';
import { queryCaptures } from '../../src/index/query-captures.js';
import { REPO } from '../helpers/run-cli.js';

/**
 * queryCaptures() reads web-tree-sitter's WebAssembly results itself (to skip making an object per
 * capture). It must give what `Query.captures()` gives, capture for capture: if a web-tree-sitter
 * upgrade changes the layout it depends on, these fail.
 */

/** Patterns of each shape: one capture, several captures per pattern, alternations, nested captures, anchors. */
const QUERY = `
(import_declaration) @import
[(class_declaration) (interface_declaration) (enum_declaration)] @type
(method_declaration name: (identifier) @method-name parameters: (formal_parameters) @params)
(object_creation_expression type: (_) @new)
(method_invocation object: (_) @receiver name: (identifier) @call)
(method_invocation name: (identifier) @bare-call)
(field_access field: (identifier) @field-access)
(local_variable_declaration declarator: (variable_declarator name: (identifier) @local))
(lambda_expression parameters: (inferred_parameters (identifier) @lambda-param))
(string_literal) @string
(block . (_) @first-statement)
`;

const javaFiles = fg.sync('fixtures/**/*.java', { cwd: REPO, absolute: true }).sort();

function textOf(file: string): string {
  const read = readSourceSync(file);
  return read.ok ? read.text : readFileSync(file, 'latin1');
}

describe('queryCaptures', () => {
  it('finds Java fixtures to compare on', () => {
    expect(javaFiles.length).toBeGreaterThan(20);
  });

  it.each(javaFiles.map((f) => [path.relative(REPO, f), f]))('gives what Query.captures() gives on %s', (_name, file) => {
    const query = compileJavaQuery(QUERY);
    const tree = parseJava(textOf(file));
    try {
      const expected = query.captures(tree.rootNode);
      const list = queryCaptures(query, tree);
      expect(list.length).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) {
        const want = expected[i];
        if (!want) throw new Error('no capture');
        const got = list.node(i);
        expect([list.name(i), list.start(i)]).toEqual([want.name, want.node.startIndex]);
        expect({
          id: got.id,
          type: got.type,
          text: got.text,
          start: got.startPosition,
          end: got.endIndex,
          parent: got.parent?.id,
          field: got.parent?.childForFieldName('name')?.id,
        }).toEqual({
          id: want.node.id,
          type: want.node.type,
          text: want.node.text,
          start: want.node.startPosition,
          end: want.node.endIndex,
          parent: want.node.parent?.id,
          field: want.node.parent?.childForFieldName('name')?.id,
        });
      }
    } finally {
      tree.delete();
    }
  });

  it('starts from the node it is given', () => {
    withTree('class A { void f() { g(1); } }\nclass B { void h() { g(2); k(3); } }\n', (tree) => {
      const query = compileJavaQuery('(method_invocation name: (identifier) @call)');
      const second = tree.rootNode.namedChildren[1];
      if (!second) throw new Error('no class B');
      const list = queryCaptures(query, tree, second);
      expect(Array.from({ length: list.length }, (_, i) => list.node(i).text)).toEqual(['g', 'k']);
    });
  });

  it('refuses a query whose text predicates it would not apply', () => {
    withTree('class A { void f() { g(); } }', (tree) => {
      const query = compileJavaQuery('((identifier) @id (#eq? @id "g"))');
      expect(() => queryCaptures(query, tree)).toThrow(/predicates/);
    });
  });
});

function withTree(text: string, test: (tree: Tree) => void): void {
  const tree = parseJava(text);
  try {
    test(tree);
  } finally {
    tree.delete();
  }
}
