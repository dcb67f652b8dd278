import type { Finding } from '../core/types.js';
import { hash } from '../core/hash.js';
import type { Match } from './match.js';

/** A finding spanning many lines (an anonymous class) shows its first few. */
const MAX_SNIPPET_LINES = 5;
/**
 * A longer line (minified or generated code: one line can hold thousands of findings) shows this many
 * characters around the finding, marked cut with `…`; whole, such lines made a report too big to write.
 */
const MAX_SNIPPET_LINE_CHARS = 320;
const CONTEXT_BEFORE_CHARS = 80;

/**
 * Completes matches with their snippet and a stable fingerprint. The fingerprint hashes the rule, the
 * file, the trimmed text of the line and which occurrence of that line it is, not the line number, so
 * it survives edits elsewhere in the file (what SARIF's partialFingerprints are for).
 */
export function toFindings(
  matches: readonly Match[],
  linesOf: (file: string) => readonly string[],
): Array<Finding & Pick<Match, 'captures'>> {
  const seen = new Map<string, number>();
  return matches.map((m) => {
    const lines = linesOf(m.file);
    const lastLine = Math.min(m.range.end.line, m.range.start.line + MAX_SNIPPET_LINES - 1);
    const snippet = lines
      .slice(m.range.start.line - 1, lastLine)
      .map((line, i) => clip(line, i === 0 ? m.range.start.column - 1 : 0))
      .join('\n');
    const lineText = (lines[m.range.start.line - 1] ?? '').trim();
    const key = `${m.ruleId}\0${m.file}\0${lineText}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return { id: hash(m.ruleId, m.file, lineText, String(occurrence)), ...m, snippet };
  });
}

/** `line`, or the part of it from a little before `column` (0-based) when it is too long to show whole. */
function clip(line: string, column: number): string {
  if (line.length <= MAX_SNIPPET_LINE_CHARS) return line;
  const start = Math.max(0, Math.min(column - CONTEXT_BEFORE_CHARS, line.length - MAX_SNIPPET_LINE_CHARS));
  const end = start + MAX_SNIPPET_LINE_CHARS;
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
}
