import { describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import { parseJava } from '../../src/index/java/java-language.js';
import { grammarOf, parseTs } from '../../src/index/typescript/ts-grammar.js';

/**
 * fast-parse-input.ts replaces the function through which web-tree-sitter hands the text to the
 * parser, 5,119 UTF-16 units at a time. A text many reads long, with accents, astral characters (two
 * units each, some across a read's end) and a lone surrogate, must parse without errors, and every
 * string literal must sit where the text has it.
 */

const ASTRAL = '\u{1F600}'; // two UTF-16 units

function javaText(): { text: string; literals: string[] } {
  const literals: string[] = [];
  const lines = ['package com.acme;', '', '/** Grüße, ñandú, 日本語. */', 'public class Big {'];
  for (let i = 0; i < 700; i++) {
    // Astral characters at every offset mod 2 around the reads' ends.
    const literal = `"row ${i} café ${ASTRAL.repeat(1 + (i % 3))} naïve ${i % 7 === 0 ? '\uD800' : ''}end"`;
    literals.push(literal);
    lines.push(`    // ${'é'.repeat(i % 11)} ${ASTRAL}`, `    static final String S${i} = ${literal};`);
  }
  lines.push('}', '');
  return { text: lines.join('\n'), literals };
}

function stringLiterals(node: Node, type: string, out: Node[] = []): Node[] {
  if (node.type === type) out.push(node);
  for (const child of node.namedChildren) if (child) stringLiterals(child, type, out);
  return out;
}

describe('parse input', () => {
  it('hands a long Java text with non-ASCII and astral characters to the parser intact', () => {
    const { text, literals } = javaText();
    expect(text.length).toBeGreaterThan(8 * 5119);
    const tree = parseJava(text);
    try {
      expect(tree.rootNode.hasError).toBe(false);
      expect(tree.rootNode.endIndex).toBe(text.length);
      const found = stringLiterals(tree.rootNode, 'string_literal');
      expect(found.map((n) => n.text)).toEqual(literals);
      let from = 0;
      for (const node of found) {
        const at = text.indexOf(node.text, from);
        expect(node.startIndex).toBe(at);
        from = at + 1;
      }
    } finally {
      tree.delete();
    }
  });

  it('does the same for JavaScript', () => {
    const parts = Array.from({ length: 600 }, (_, i) => `var s${i} = "Ω ${ASTRAL} ${'ü'.repeat(i % 5)} ${i}"; // ${ASTRAL}`);
    const text = parts.join('\n');
    const tree = parseTs(grammarOf('big.js'), text);
    try {
      expect(tree.rootNode.hasError).toBe(false);
      const found = stringLiterals(tree.rootNode, 'string');
      expect(found.map((n) => n.text)).toEqual(parts.map((p) => p.slice(p.indexOf('"'), p.lastIndexOf('"') + 1)));
    } finally {
      tree.delete();
    }
  });
});
