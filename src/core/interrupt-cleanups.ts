/**
 * Synchronous cleanups to run if the process is interrupted (Ctrl-C, `kill`): a stage registers one
 * while it has something half-done on disk (a run folder being staged) and undoes it when done. The CLI
 * runs them from its signal handlers; nothing else here touches the process.
 */
const cleanups = new Set<() => void>();

/** Registers `cleanup`; returns the function that unregisters it. */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** Runs (once) every registered cleanup; one that throws does not stop the others. */
export function runInterruptCleanups(): void {
  const pending = [...cleanups];
  cleanups.clear();
  for (const cleanup of pending) {
    try {
      cleanup();
    } catch {
      // Best effort: the process is going away.
    }
  }
}
