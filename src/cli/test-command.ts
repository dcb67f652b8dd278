import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import { testRecipe } from '../test-recipe.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help.js';
import type { Io } from './io.js';

/** `refactor test RECIPE...`: per rule pass/fail, a diff for each failing case, exit 1 on any failure. */
export async function testCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(HELP.test);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('test needs at least one recipe file. See: refactor test --help');
  let passed = 0;
  let failed = 0;
  for (const recipeFile of positionals) {
    const result = await testRecipe(recipeFile);
    io.out(`${recipeFile} (cases in ${result.testsFile})`);
    const byRule = new Map<string, typeof result.cases>();
    for (const c of result.cases) byRule.set(c.ruleId, [...(byRule.get(c.ruleId) ?? []), c]);
    for (const [ruleId, cases] of byRule) {
      const bad = cases.filter((c) => !c.ok);
      io.out(`  ${bad.length === 0 ? 'pass' : 'FAIL'}  ${ruleId} (${cases.length - bad.length}/${cases.length})`);
      for (const c of bad) {
        io.out(`        ✗ ${c.name} (${result.testsFile}:${c.line})`);
        for (const line of (c.failure ?? '').split('\n')) io.out(`          ${line}`);
      }
      passed += cases.length - bad.length;
      failed += bad.length;
    }
    for (const ruleId of result.untested) io.out(`  note  ${ruleId} has a fix but no test case`);
  }
  io.out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? EXIT.findings : EXIT.ok;
}
