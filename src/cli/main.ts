#!/usr/bin/env node
import { stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { ProviderError, RecipeError, UsageError, formatRecipeProblem } from '../core/errors.js';
import { runInterruptCleanups } from '../core/interrupt-cleanups.js';
import { setShortRunTiering } from '../core/v8-tiering.js';
import { VERSION } from '../core/version.js';
import { EXIT } from './exit-codes.js';
import { HELP, type HelpTopic } from './help.js';
import type { Io } from './io.js';

type Command = (args: string[], io: Io) => Promise<number>;

/** Commands load lazily: `--version` and `--help` should not pay for parsers and schemas. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./run-command.js')).runCommand,
  recipes: async () => (await import('./recipes-command.js')).recipesCommand,
  test: async () => (await import('./test-command.js')).testCommand,
};

async function main(argv: string[]): Promise<number> {
  // Before any of our code is hot enough to be optimized (see v8-tiering.ts for the measurements).
  setShortRunTiering(true);
  const io = createIo();
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h') {
      io.out(HELP.main);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.out(VERSION);
      return EXIT.ok;
    }
    if (command === 'help') {
      const topic = rest[0] ?? 'main';
      if (!(topic in HELP)) throw new UsageError(`no help for ${JSON.stringify(topic)}: commands are ${Object.keys(COMMANDS).join(', ')}`);
      io.out(HELP[topic as HelpTopic]);
      return EXIT.ok;
    }
    const load = COMMANDS[command];
    if (!load) throw new UsageError(`unknown command ${JSON.stringify(command)}. Commands: ${Object.keys(COMMANDS).join(', ')} (see refactor --help)`);
    return await (await load())(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof RecipeError) {
    for (const p of error.problems) io.err(formatRecipeProblem(p));
    io.err(`\nThe recipe is invalid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}); nothing was scanned.`);
    return EXIT.usage;
  }
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.err(`refactor: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.usage;
  }
  if (error instanceof ProviderError) {
    io.err(`refactor: ${error.message}`);
    return EXIT.provider;
  }
  io.err('refactor: this is a bug in refactor; please report it with the output below.');
  io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT.internal;
}

/** node:util parseArgs throws TypeErrors with these codes for unknown or malformed options. */
function isParseArgsError(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function createIo(): Io {
  let bar: { update(n: number): void; stop(): void } | undefined;
  return {
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    async assertDirectory(dir, option) {
      const info = await stat(dir).catch(() => undefined);
      if (!info?.isDirectory()) throw new UsageError(`${option} ${JSON.stringify(dir)} is not a directory`);
    },
    ...(process.stderr.isTTY
      ? {
          progress(stage: string, done: number, total: number) {
            if (!bar) {
              const progressBar = new cliProgress.SingleBar(
                { format: `${stage} [{bar}] {value}/{total} files · {eta_formatted} left`, stream: process.stderr, clearOnComplete: true },
                cliProgress.Presets.shades_classic,
              );
              progressBar.start(total, 0);
              bar = progressBar;
            }
            bar.update(done);
            if (done >= total) {
              bar.stop();
              bar = undefined;
            }
          },
        }
      : {}),
  };
}

// Interrupted: remove what is half-written (see core/interrupt-cleanups.ts), then exit as the shell expects.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    runInterruptCleanups();
    process.exit(code);
  });
}
process.exitCode = await main(process.argv.slice(2));
