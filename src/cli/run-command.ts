import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import { SEVERITIES, type Severity } from '../core/types.js';
import { run } from '../run.js';
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
      'fail-on': { type: 'string' },
      'include-node-modules': { type: 'boolean' },
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
  const root = values.root ?? io.cwd;
  await io.assertDirectory(root, '--root');

  const { report, folder } = await run({
    recipeFile: positionals[0] ?? '',
    root,
    outDir: values.out ?? 'reports',
    maxFileSize: parseSize(values['max-file-size'] ?? DEFAULT_MAX_FILE_SIZE, '--max-file-size'),
    ...(values['include-node-modules'] ? { includeNodeModules: true } : {}),
    ...(io.progress ? { onProgress: io.progress } : {}),
  });
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else if (!values.quiet) io.out(formatSummary(report, folder, io.cwd));

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

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
