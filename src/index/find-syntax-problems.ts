import type { FileProblem } from '../core/types.js';
import type { Locator } from './locate.js';

const MAX_PROBLEMS = 20;

/** What this needs of a tree-sitter node. */
interface SyntaxTreeNode {
  type: string;
  text: string;
  isMissing: boolean;
  hasError: boolean;
  startIndex: number;
  walk(): {
    currentNode: SyntaxTreeNode;
    gotoFirstChild(): boolean;
    gotoNextSibling(): boolean;
    gotoParent(): boolean;
  };
}

/**
 * Where tree-sitter had to recover: ERROR nodes and MISSING tokens (only called when the tree has
 * errors), placed by `loc` so that lines are counted as in findings.
 */
export function findSyntaxProblems(root: SyntaxTreeNode, loc: Locator): Omit<FileProblem, 'path'>[] {
  const problems: Omit<FileProblem, 'path'>[] = [];
  const cursor = root.walk();
  let descend = true;
  for (;;) {
    const node = cursor.currentNode;
    const isError = node.type === 'ERROR';
    if (isError || node.isMissing) {
      const { line, column } = loc.position(node.startIndex);
      const message = node.isMissing
        ? `missing ${node.type}`
        : `unexpected ${JSON.stringify(firstLine(node.text))}`;
      problems.push({ kind: 'syntax-error', line, column, message });
      if (problems.length >= MAX_PROBLEMS) break;
    }
    descend = !isError && node.hasError;
    if (descend && cursor.gotoFirstChild()) continue;
    if (cursor.gotoNextSibling()) continue;
    let climbed = false;
    while (cursor.gotoParent()) {
      if (cursor.gotoNextSibling()) {
        climbed = true;
        break;
      }
    }
    if (!climbed) break;
  }
  return problems;
}

function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
