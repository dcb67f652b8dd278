import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const RECIPE = 'recipes/deprecated-api.yaml';

describe('the CLI as a user meets it', () => {
  it('prints help and exits 2 without a command, 0 with --help', async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain('refactor run RECIPE');
    const help = await runCli(['run', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on SEVERITY');
  });

  it('prints its version', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs as the package bin, executed directly (as npx and node_modules/.bin do)', async () => {
    const { stdout } = await promisify(execFile)(path.join(REPO, 'dist/cli/main.js'), ['--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['run'], 'run takes exactly one recipe file'],
    [['run', RECIPE, '--rot', 'x'], "Unknown option '--rot'"],
    [['run', RECIPE, '--root', '/no/such/dir'], '--root "/no/such/dir" is not a directory'],
    [['run', RECIPE, '--fail-on', 'huge'], '--fail-on expects one of info, minor, major, critical, blocker'],
    [['run', RECIPE, '--max-file-size', 'big'], '--max-file-size expects a size'],
    [['run', 'recipes/nope.yaml', '--root', 'fixtures'], 'nope.yaml'],
    [['run', RECIPE, '--group-by', 'team'], '--group-by expects rule, directory or file'],
    [['run', RECIPE, '--force'], '--force only makes sense with --apply'],
    [['test'], 'test needs at least one recipe file'],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('this is a bug');
  });

  it('refuses an invalid recipe before scanning, naming file, line and key', async () => {
    const dir = await tempDir();
    const recipe = path.join(dir, 'bad.yaml');
    await writeFile(recipe, 'name: bad\nrules:\n  - id: r1\n    language: java\n    match: { new: java.lang.Integer }\n    message: m\n    serverity: major\n');
    const result = await runCli(['run', recipe, '--root', dir, '--out', path.join(dir, 'out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${recipe}:7:5`);
    expect(result.stderr).toContain('severity');
    expect(result.stderr).toContain('nothing was scanned');
  });

  it('exits 1 when findings reach --fail-on, 0 when they do not', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'src'));
    await writeFile(path.join(dir, 'src/A.java'), 'class A { Integer i = new Integer(1); }\n');
    const out = path.join(dir, 'out');
    const minor = await runCli(['run', RECIPE, '--root', dir, '--out', out, '--fail-on', 'minor']);
    expect(minor.code).toBe(1);
    expect(minor.stderr).toContain('1 finding(s) at or above minor');
    const major = await runCli(['run', RECIPE, '--root', dir, '--out', out, '--fail-on', 'major', '--quiet']);
    expect(major.code).toBe(0);
    expect(major.stdout).toBe('');
  });

  it.each([
    ['java', '(method_invocation name: (bogus_node) @match)', 'invalid tree-sitter query for Java'],
    ['typescript', '(call_expression function: (bogus_node) @match)', 'invalid tree-sitter query for TypeScript, TSX or JavaScript'],
  ])('refuses a %s rule whose raw query does not compile, naming the rule', async (language, query, message) => {
    const dir = await tempDir();
    const recipe = path.join(dir, 'q.yaml');
    await writeFile(recipe, `name: q\nrules:\n  - id: raw\n    language: ${language}\n    match: { query: "${query}" }\n    message: m\n`);
    const result = await runCli(['recipes', 'validate', recipe]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${recipe}:3:`);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('bogus_node');
  });
});
