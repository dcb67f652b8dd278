import { formatPatch, structuredPatch } from 'diff';

/** Lines of context around each change, as git and patch(1) default to. */
const CONTEXT_LINES = 3;

/**
 * One file's git-style diff section (`diff --git a/p b/p`, `--- a/p`, `+++ b/p`, hunks), or undefined
 * when the texts are equal. Lines keep their `\r`, so a CRLF file's hunks match it; a missing final
 * newline gets the `\ No newline at end of file` marker; unusual paths are C-quoted as git does.
 */
export function formatFileDiff(path: string, before: string, after: string): string | undefined {
  const patch = structuredPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: CONTEXT_LINES });
  if (patch.hunks.length === 0) return undefined;
  return formatPatch({ ...patch, isGit: true });
}
