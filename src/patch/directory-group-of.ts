import path from 'node:path';

/** The directory group of a POSIX path: its directory, `.` for files at the root. */
export function directoryGroupOf(file: string): string {
  return path.posix.dirname(file);
}
