import type { TextEdit } from '../core/apply-edits.js';
import type { FileChange } from '../core/types.js';
import { encodeDiffSection } from './encode-diff-section.js';
import { formatFileDiff } from './format-file-diff.js';

/**
 * One file's diff section as bytes, from `change.before` to `after` (which `edits` make of it), or
 * undefined if they are equal.
 * `encoding` is the file's encoding when git can apply it, undefined to write UTF-8 for reading only.
 * A UTF-8 byte order mark is diffed as a character of line 1, so that line's bytes match the file's.
 */
export function renderSection(change: FileChange, after: string, edits: readonly TextEdit[], encoding: string | undefined): Buffer | undefined {
  const mark = change.bom && encoding?.toLowerCase() === 'utf-8' ? '\uFEFF' : '';
  const shifted = mark ? edits.map((e) => ({ start: e.start + mark.length, end: e.end + mark.length, text: e.text })) : edits;
  const section = formatFileDiff(change.path, mark + change.before, mark + after, shifted);
  return section === undefined ? undefined : encodeDiffSection(section, encoding);
}
