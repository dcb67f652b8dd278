import { formatPatch, structuredPatch, type StructuredPatchHunk } from 'diff';
import { applyEdits, type TextEdit } from '../core/apply-edits.js';
import { lineStartOf, nextLineStartOf } from '../core/line-bounds.js';

/** Lines of context around each change, as git and patch(1) default to. */
const CONTEXT_LINES = 3;

/**
 * One file's git-style diff section (`diff --git a/p b/p`, `--- a/p`, `+++ b/p`, hunks), or undefined
 * when the texts are equal. Lines keep their `\r`, so a CRLF file's hunks match it; a missing final
 * newline gets the `\ No newline at end of file` marker; unusual paths are C-quoted as git does.
 *
 * With `edits` (that turn `before` into `after`), only the lines around them are diffed. A line diff
 * of the whole file costs O(lines × changes): 35 s for 10k fixes in one 300k-line file, against well
 * under a second window by window. Windows more than two contexts apart would be separate hunks in a
 * whole-file diff too; closer ones are diffed together.
 */
export function formatFileDiff(path: string, before: string, after: string, edits?: readonly TextEdit[]): string | undefined {
  const names = { oldFileName: `a/${path}`, newFileName: `b/${path}`, oldHeader: undefined, newHeader: undefined };
  const hunks =
    edits && edits.length > 0 && applyEdits(before, edits) === after
      ? hunksByWindow(before, edits)
      : structuredPatch(names.oldFileName, names.newFileName, before, after, undefined, undefined, { context: CONTEXT_LINES }).hunks;
  if (hunks.length === 0) return undefined;
  return formatPatch({ ...names, hunks, isGit: true });
}

interface Window {
  /** Offsets in `before`: whole lines, context included. */
  start: number;
  end: number;
  edits: TextEdit[];
}

function hunksByWindow(before: string, edits: readonly TextEdit[]): StructuredPatchHunk[] {
  const hunks: StructuredPatchHunk[] = [];
  let line = 0; // lines of `before` up to `at`
  let at = 0;
  let shift = 0; // lines added minus lines removed by the windows so far
  for (const w of windowsOf(before, edits)) {
    line += countNewlines(before, at, w.start);
    at = w.start;
    const was = before.slice(w.start, w.end);
    const now = applyEdits(before, w.edits, [w.start, w.end]);
    const patch = structuredPatch('', '', was, now, undefined, undefined, { context: CONTEXT_LINES });
    for (const h of patch.hunks) hunks.push({ ...h, oldStart: h.oldStart + line, newStart: h.newStart + line + shift });
    shift += countNewlines(now, 0, now.length) - countNewlines(was, 0, was.length);
  }
  return hunks;
}

/** The edits grouped by the lines they touch, each group widened by the context lines around it. */
function windowsOf(text: string, edits: readonly TextEdit[]): Window[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const windows: Window[] = [];
  for (const edit of sorted) {
    // The edited lines, whole (the line the edit ends in included, so the window ends with an unedited newline).
    const start = lineStartOf(text, edit.start);
    const end = nextLineStartOf(text, edit.end);
    const last = windows[windows.length - 1];
    // Joined if fewer than 2×context+1 unedited lines lie between: a whole-file diff would join their hunks.
    if (last && start <= linesAfter(text, last.end, 2 * CONTEXT_LINES)) {
      last.end = Math.max(last.end, end);
      last.edits.push(edit);
    } else {
      windows.push({ start, end, edits: [edit] });
    }
  }
  for (const w of windows) {
    w.start = linesBefore(text, w.start, CONTEXT_LINES);
    w.end = linesAfter(text, w.end, CONTEXT_LINES);
  }
  return windows;
}

/** The start of the line `count` lines before the one starting at `offset`. */
function linesBefore(text: string, offset: number, count: number): number {
  let at = offset;
  for (let i = 0; i < count && at > 0; i++) at = lineStartOf(text, at - 1);
  return at;
}

/** Just past `count` more whole lines after `offset` (a line start). */
function linesAfter(text: string, offset: number, count: number): number {
  let at = offset;
  for (let i = 0; i < count && at < text.length; i++) at = nextLineStartOf(text, at);
  return at;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
