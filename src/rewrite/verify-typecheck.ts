import { existsSync } from 'node:fs';
import path from 'node:path';
import { firstLineOf } from '../core/first-line-of.js';
import { withLongRunTiering } from '../core/v8-tiering.js';
import type { FileChange } from '../core/types.js';
import { createTsProgram } from '../index/typescript/create-ts-program.js';
import { withoutDeepFiles } from '../index/typescript/without-deep-files.js';

async function projectChecksJs(root: string): Promise<boolean> {
  const file = path.join(root, 'tsconfig.json');
  // Most legacy JS trees have no tsconfig: no need to load the compiler to know.
  if (!existsSync(file)) return false;
  const { ts } = await import('ts-morph');
  const config = ts.readConfigFile(file, ts.sys.readFile);
  const options = (config.config as { compilerOptions?: { checkJs?: boolean } } | undefined)?.compilerOptions;
  return options?.checkJs === true;
}

/**
 * Type-checks changed TS/JS files before and after: a change that adds type errors to a file fails
 * verification. (JS files are checked as the project is: without checkJs unless its tsconfig says so.)
 * A file the compiler cannot take (it overflows the stack on code nested ~1,000 deep) fails
 * verification with that reason; the program is built again without it, so it costs no other file.
 */
export async function verifyByTypeChecking(root: string, changes: readonly FileChange[]): Promise<FileChange[]> {
  // JavaScript is only type-checked where the project asks for it (checkJs); otherwise re-parsing is the check.
  const checkJs = await projectChecksJs(root);
  const scripts = changes.filter((c) => !c.path.endsWith('.java') && c.verification.ok && (checkJs || /\.[cm]?tsx?$/.test(c.path)));
  if (scripts.length === 0) return [...changes];
  // The compiler gains from V8's inlining and early optimization (see core/v8-tiering.ts).
  const outcome = await withLongRunTiering(() => withoutDeepFiles(scripts, (c) => [c.before, c.after], (files) => typeErrors(root, files)));
  const reason = `it could not be type-checked: ${firstLineOf(outcome.error)}`;
  const unchecked = new Set(outcome.result ? outcome.leftOut : scripts);
  const isScript = new Set(scripts);
  const { before, after } = outcome.result ?? { before: new Map<string, string[]>(), after: new Map<string, string[]>() };
  return changes.map((change) => {
    if (unchecked.has(change)) return { ...change, verification: { ok: false, checks: [...change.verification.checks, 'typecheck'], reason } };
    if (!isScript.has(change)) return change;
    const abs = path.join(root, change.path);
    const was = before.get(abs) ?? [];
    const now = after.get(abs) ?? [];
    const checks = [...change.verification.checks, 'typecheck'];
    if (now.length <= was.length) return { ...change, verification: { ...change.verification, checks } };
    const added = now.find((m) => !was.includes(m)) ?? now[0] ?? '';
    return { ...change, verification: { ok: false, checks, reason: `the change introduces type errors: ${added}` } };
  });
}

/** Each changed file's type errors (by absolute path), in a program of the texts before and one of the texts after. */
async function typeErrors(root: string, scripts: readonly FileChange[]): Promise<{ before: Map<string, string[]>; after: Map<string, string[]> }> {
  const errorsOf = async (side: 'before' | 'after') => {
    const files = scripts.map((c) => ({ absPath: path.join(root, c.path), text: c[side] }));
    const { program, ts } = await createTsProgram(root, files);
    return new Map(
      files.map((f) => {
        const sf = program.getSourceFile(f.absPath);
        const diagnostics = sf ? [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)] : [];
        return [f.absPath, diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))];
      }),
    );
  };
  return { before: await errorsOf('before'), after: await errorsOf('after') };
}
