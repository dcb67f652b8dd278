import type { FileChange } from '../core/types.js';
import { encodeDiffSection } from './encode-diff-section.js';
import { formatFileDiff } from './format-file-diff.js';

/**
 * One file's diff section as bytes, from `change.before` to `after`, or undefined if they are equal.
 * `encoding` is the file's encoding when git can apply it, undefined to write UTF-8 for reading only.
 * A UTF-8 byte order mark is diffed as a character of line 1, so that line's bytes match the file's.
 */
export function renderSection(change: FileChange, after: string, encoding: string | undefined): Buffer | undefined {
  const mark = change.bom && encoding?.toLowerCase() === 'utf-8' ? '\uFEFF' : '';
  const section = formatFileDiff(change.path, mark + change.before, mark + after);
  return section === undefined ? undefined : encodeDiffSection(section, encoding);
}
