import type { JavaImport } from '../index/java/facts.js';
import type { TextEdit } from '../core/apply-edits.js';
import { identifierRegExp } from '../core/identifier-regexp.js';
import { lineStartOf, nextLineStartOf, type LineBreakChar } from '../core/line-bounds.js';

/**
 * Import edits for a Java file: each wanted import added once (not when already imported, by name or
 * on demand, nor for java.lang or the file's own package) where it sorts among the imports of its top
 * package (`java.…` among `java.…`), or after them when they are not in order; imports a fix made
 * unused removed when their simple name no longer occurs in the rewritten text.
 */
export function javaImportEdits(
  text: string,
  rewritten: string,
  context: { package: string; imports: readonly JavaImport[] },
  add: ReadonlySet<string>,
  remove: ReadonlySet<string>,
): TextEdit[] {
  const eol = lineEndingOf(text);
  // The character that ends a line: lone `\r`s only in a text that has no `\n` at all.
  const br = eol === '\r' ? '\r' : '\n';
  const edits: TextEdit[] = [];
  const present = (fqn: string) => {
    const pkg = fqn.slice(0, fqn.lastIndexOf('.'));
    return (
      pkg === 'java.lang' ||
      pkg === context.package ||
      context.imports.some((i) => !i.isStatic && (i.name === fqn || (i.onDemand && i.name === pkg)))
    );
  };
  const toAdd = [...add].filter((fqn) => !present(fqn)).sort();
  if (toAdd.length > 0) {
    const plain = context.imports.filter((i) => !i.isStatic);
    const last = context.imports[context.imports.length - 1];
    if (plain.length > 0) {
      const byPlace = new Map<number, string[]>();
      for (const fqn of toAdd) {
        const at = placeFor(text, plain, fqn, br);
        byPlace.set(at, [...(byPlace.get(at) ?? []), `import ${fqn};`]);
      }
      for (const [at, lines] of byPlace) {
        const lead = at === text.length && !text.endsWith(br) ? eol : '';
        edits.push({ start: at, end: at, text: lead + lines.map((l) => l + eol).join('') });
      }
    } else if (last) {
      // At the start of the line after the last import, so that removing that import does not overlap.
      const at = nextLineStartOf(text, last.range.end.offset, br);
      const lead = at === text.length && !text.endsWith(br) ? eol : '';
      edits.push({ start: at, end: at, text: lead + toAdd.map((fqn) => `import ${fqn};${eol}`).join('') });
    } else {
      const pkg = /^package\s+[\w.]+\s*;[^\r\n]*(?:\r\n|\r|\n)?/m.exec(text);
      const at = pkg ? pkg.index + pkg[0].length : 0;
      const lines = toAdd.map((fqn) => `import ${fqn};`);
      edits.push({ start: at, end: at, text: `${pkg ? eol : ''}${lines.join(eol)}${eol}${pkg ? '' : eol}` });
    }
  }
  for (const fqn of remove) {
    const simple = fqn.slice(fqn.lastIndexOf('.') + 1);
    const imp = context.imports.find((i) => i.name === fqn && !i.onDemand);
    if (!imp) continue;
    const withoutImports = rewritten.replace(/^\s*import\s[^;]*;/gm, '');
    if (identifierRegExp([simple]).test(withoutImports)) continue;
    edits.push({ start: lineStartOf(text, imp.range.start.offset, br), end: nextLineStartOf(text, imp.range.end.offset, br), text: '' });
  }
  return edits;
}

/**
 * Where a new single-type import goes: among the imports of the same top package (all of them when
 * there are none), before the first that sorts after it if they are in order, else after the last.
 * Always at a line start, so that it never overlaps an import line another edit removes.
 */
function placeFor(text: string, plain: readonly JavaImport[], fqn: string, br: LineBreakChar): number {
  const top = (name: string) => name.slice(0, name.indexOf('.') + 1);
  const family = plain.filter((i) => top(i.name) === top(fqn));
  const among = family.length > 0 ? family : plain;
  const inOrder = among.every((imp, k) => k === 0 || (among[k - 1]?.name ?? '') <= imp.name);
  const next = inOrder ? among.find((i) => i.name > fqn) : undefined;
  if (next) return lineStartOf(text, next.range.start.offset, br);
  const lastOfThem = among[among.length - 1] as JavaImport;
  return nextLineStartOf(text, lastOfThem.range.end.offset, br);
}

/** The line ending new lines get: the text's own (`\r\n`, or `\r` when it has no `\n`), else `\n`. */
function lineEndingOf(text: string): '\r\n' | '\r' | '\n' {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}
