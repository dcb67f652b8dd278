import type { JavaImport } from '../index/java/facts.js';
import type { TextEdit } from '../core/apply-edits.js';

/**
 * Import edits for a Java file: each wanted import added once (not when already imported, by name or
 * on demand, nor for java.lang or the file's own package), after the last import; imports a fix made
 * unused removed when their simple name no longer occurs in the rewritten text.
 */
export function javaImportEdits(
  text: string,
  rewritten: string,
  context: { package: string; imports: readonly JavaImport[] },
  add: ReadonlySet<string>,
  remove: ReadonlySet<string>,
): TextEdit[] {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
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
    const last = context.imports[context.imports.length - 1];
    const lines = toAdd.map((fqn) => `import ${fqn};`);
    if (last) {
      // At the start of the line after the last import, so that removing that import does not overlap.
      const at = nextLineStart(text, last.range.end.offset);
      const lead = at === text.length && !text.endsWith('\n') ? eol : '';
      edits.push({ start: at, end: at, text: lead + lines.map((l) => l + eol).join('') });
    } else {
      const pkg = /^package\s+[\w.]+\s*;[^\n]*\n?/m.exec(text);
      const at = pkg ? pkg.index + pkg[0].length : 0;
      edits.push({ start: at, end: at, text: `${pkg ? eol : ''}${lines.join(eol)}${eol}${pkg ? '' : eol}` });
    }
  }
  for (const fqn of remove) {
    const simple = fqn.slice(fqn.lastIndexOf('.') + 1);
    const imp = context.imports.find((i) => i.name === fqn && !i.onDemand);
    if (!imp) continue;
    const withoutImports = rewritten.replace(/^\s*import\s[^;]*;/gm, '');
    if (new RegExp(`(?<![\\w$])${simple.replace(/\$/g, '\\$')}(?![\\w$])`).test(withoutImports)) continue;
    edits.push({ start: lineStart(text, imp.range.start.offset), end: nextLineStart(text, imp.range.end.offset), text: '' });
  }
  return edits;
}

function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
