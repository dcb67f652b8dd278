/** The one exit-code table (documented in the README). */
export const EXIT = {
  ok: 0,
  /** Findings at or above the `--fail-on` severity. */
  findings: 1,
  /** Wrong usage, invalid recipe or configuration. */
  usage: 2,
  /** A model provider failed for good, or a budget ran out. */
  provider: 3,
  /** A bug in refactor. */
  internal: 70,
} as const;
