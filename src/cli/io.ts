/** What commands may do to the outside world; main.ts provides the real one. */
export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Throws a UsageError unless `dir` is an existing directory. */
  assertDirectory(dir: string, option: string): Promise<void>;
  /** Progress display, only when stderr is a terminal. */
  progress?: (stage: string, done: number, total: number) => void;
}
