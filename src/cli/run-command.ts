import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import { SEVERITIES, type Severity } from '../core/types.js';
import { ParseWorkers } from '../index/parse-workers.js';
import type { RunResult } from '../run.js';
import { EXIT } from './exit-codes.js';
import { formatSummary } from './format-summary.js';
import { HELP } from './help.js';
import { parseSize } from './parse-size.js';
import type { Io } from './io.js';

const DEFAULT_MAX_FILE_SIZE = '2MB';

export async function runCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      root: { type: 'string' },
      out: { type: 'string' },
      'max-file-size': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      'fail-on': { type: 'string' },
      'include-node-modules': { type: 'boolean' },
      'group-by': { type: 'string' },
      apply: { type: 'boolean' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(HELP.run);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError(`run takes exactly one recipe file (got ${positionals.length}). See: refactor run --help`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !isSeverity(failOn)) {
    throw new UsageError(`--fail-on expects one of ${SEVERITIES.join(', ')} (got ${JSON.stringify(failOn)})`);
  }
  const groupBy = values['group-by'] ?? 'rule';
  if (groupBy !== 'rule' && groupBy !== 'directory' && groupBy !== 'file') {
    throw new UsageError(`--group-by expects rule, directory or file (got ${JSON.stringify(groupBy)})`);
  }
  if (values.force && !values.apply) throw new UsageError('--force only makes sense with --apply');
  const jobs = values.jobs === undefined ? undefined : parseJobs(values.jobs);
  const root = values.root ?? io.cwd;
  await io.assertDirectory(root, '--root');
  const maxFileSize = parseSize(values['max-file-size'] ?? DEFAULT_MAX_FILE_SIZE, '--max-file-size');

  // The parse workers load the parsers while this thread loads the rest of the run's code (~0.6 s):
  // they are ready when the first file is, rather than ~0.4 s later.
  const workers = new ParseWorkers(jobs);
  let result: RunResult;
  try {
    const { run } = await import('../run.js');
    result = await run({
      recipeFile: positionals[0] ?? '',
      root,
      outDir: values.out ?? 'reports',
      maxFileSize,
      ...(jobs !== undefined ? { jobs } : {}),
      workers,
      ...(values['include-node-modules'] ? { includeNodeModules: true } : {}),
      groupBy,
      ...(values.apply ? { apply: { force: values.force ?? false } } : {}),
      ...(io.progress ? { onProgress: io.progress } : {}),
    });
  } finally {
    await workers.close();
  }
  const { report, folder, applied } = result;
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else if (!values.quiet) io.out(formatSummary(report, folder, io.cwd));
  if (applied && !values.quiet) {
    io.err(`applied: ${applied.written.length} file(s) written${applied.skipped.length ? `, ${applied.skipped.length} skipped` : ''}`);
    for (const s of applied.skipped) io.err(`  skipped ${s.path}: ${s.reason}`);
  }

  if (failOn && isSeverity(failOn)) {
    const threshold = SEVERITIES.indexOf(failOn);
    const over = report.findings.filter((f) => SEVERITIES.indexOf(f.severity) >= threshold).length;
    if (over > 0) {
      if (!values.quiet) io.err(`${over} finding(s) at or above ${failOn}: failing (--fail-on ${failOn})`);
      return EXIT.findings;
    }
  }
  return EXIT.ok;
}

function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!/^\d+$/.test(text) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs expects a whole number from 1 to 64 (got ${JSON.stringify(text)})`);
  return jobs;
}

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
