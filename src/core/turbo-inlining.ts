import v8 from 'node:v8';

/**
 * Whether V8's optimizing compiler (TurboFan) inlines callees. The flag is the process's, shared by
 * every thread; V8 starts with it on.
 *
 * A run is short and its JavaScript is mostly our own index, match and rewrite code plus web-tree-sitter's
 * glue, met fresh by every thread's isolate: inlining makes each optimization costlier to compile
 * (TurboFan's background compiles took ~3 s of CPU in a 10 s run of the Java bench corpus, and every
 * thread compiles its own), and on 2 cores those compiles take the cores the parse threads need. With
 * it off, index+match on that corpus took 5.1 s against 5.9 s (mean of 4 alternated runs each, 2 threads).
 * The TypeScript checker is the exception: it runs long and gains from inlining, so the TS/JS steps
 * that build programs turn it back on for their duration (bower's index+match, 2 alternated rounds:
 * 19.3–21.0 s toggled so, 23.6–27.4 s with inlining off throughout, 22.3–25.3 s with it on throughout).
 */
let inlining = true;

export function turboInlining(): boolean {
  return inlining;
}

export function setTurboInlining(on: boolean): void {
  if (on === inlining) return;
  v8.setFlagsFromString(on ? '--turbo-inlining' : '--no-turbo-inlining');
  inlining = on;
}

/** Runs `step` with inlining on (for the TypeScript compiler), then puts the previous setting back. */
export async function withTurboInlining<T>(step: () => Promise<T>): Promise<T> {
  const before = inlining;
  setTurboInlining(true);
  try {
    return await step();
  } finally {
    setTurboInlining(before);
  }
}
