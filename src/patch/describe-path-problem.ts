/**
 * Why a change's path cannot be written or patched from the root, or undefined if it is a clean POSIX
 * path inside it. Paths come from the index but edits may come from a model, so nothing is assumed.
 */
export function describePathProblem(path: string): string | undefined {
  if (path === '') return 'the path is empty';
  if (path.includes('\0')) return 'the path contains a NUL character';
  if (path.includes('\\')) return 'the path contains a backslash (paths must be POSIX, relative to the root)';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'the path is absolute (paths must be relative to the root)';
  const segments = path.split('/');
  if (segments.includes('..')) return 'the path contains a ".." segment (it could leave the root)';
  if (segments.some((segment) => segment === '' || segment === '.')) {
    return 'the path is not normalised (empty or "." segment)';
  }
  return undefined;
}
