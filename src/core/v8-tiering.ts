import v8 from 'node:v8';

/**
 * How eagerly V8 optimizes, tuned for a run: short, and mostly our own index, match and rewrite code
 * plus web-tree-sitter's glue, met fresh by every thread's isolate. The flags are the process's, shared
 * by every thread; V8 starts in its usual (long-run) setting.
 *
 * TurboFan's background compiles took ~3 s of CPU in a 7–10 s run of the Java bench corpus (every
 * thread compiles its own code), and on 2 cores they take the cores the parse threads need. For a short
 * run, two flags change:
 * - no inlining: each compile is smaller. Index+match on that corpus took 5.1 s against 5.9 s (mean of
 *   4 alternated runs each, 2 threads).
 * - an interrupt budget four times V8's (270,336 bytes of bytecode run before a function is considered
 *   for optimization, against 67,584): fewer and later compiles, with steadier type feedback. TurboFan's
 *   compile time in a run fell from ~3.05 s to ~1.39 s (`--trace-opt`, 567 compiles to 287); index+match
 *   was faster in four alternated series (means −10%, −2%, −3%, −5%; CPU time of the run −4% to −7%).
 *   Eight times the budget cut compiles further (~0.63 s) but ran no faster.
 * The TypeScript checker is the exception: it runs long and gains from inlining and early optimization,
 * so the TS/JS steps that build programs go back to the usual setting for their duration (bower's
 * index+match, 2 alternated rounds: 19.3–21.0 s toggled so, 23.6–27.4 s with inlining off throughout,
 * 22.3–25.3 s with it on throughout; the budget made no difference there, 21.3 s against 21.4 s).
 */
const SHORT_RUN = ['--no-turbo-inlining', '--interrupt-budget=270336'];
/** V8's own defaults (Node 20's V8). */
const LONG_RUN = ['--turbo-inlining', '--interrupt-budget=67584'];

let shortRun = false;

export function shortRunTiering(): boolean {
  return shortRun;
}

export function setShortRunTiering(on: boolean): void {
  if (on === shortRun) return;
  for (const flag of on ? SHORT_RUN : LONG_RUN) v8.setFlagsFromString(flag);
  shortRun = on;
}

/** Runs `step` (the TypeScript compiler) in V8's usual setting, then puts the previous one back. */
export async function withLongRunTiering<T>(step: () => Promise<T>): Promise<T> {
  const before = shortRun;
  setShortRunTiering(false);
  try {
    return await step();
  } finally {
    setShortRunTiering(before);
  }
}
