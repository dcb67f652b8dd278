import path from 'node:path';
import type { FileChange } from '../core/types.js';
import { createTsProgram } from '../index/typescript/create-ts-program.js';

async function projectChecksJs(root: string): Promise<boolean> {
  const { ts } = await import('ts-morph');
  const file = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(file, ts.sys.readFile);
  const options = (config.config as { compilerOptions?: { checkJs?: boolean } } | undefined)?.compilerOptions;
  return options?.checkJs === true;
}

/**
 * Type-checks changed TS/JS files before and after: a change that adds type errors to a file fails
 * verification. (JS files are checked as the project is: without checkJs unless its tsconfig says so.)
 */
export async function verifyByTypeChecking(root: string, changes: readonly FileChange[]): Promise<FileChange[]> {
  // JavaScript is only type-checked where the project asks for it (checkJs); otherwise re-parsing is the check.
  const checkJs = await projectChecksJs(root);
  const scripts = changes.filter((c) => !c.path.endsWith('.java') && c.verification.ok && (checkJs || /\.[cm]?tsx?$/.test(c.path)));
  if (scripts.length === 0) return [...changes];
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
  const before = await errorsOf('before');
  const after = await errorsOf('after');
  return changes.map((change) => {
    if (!scripts.includes(change)) return change;
    const abs = path.join(root, change.path);
    const was = before.get(abs) ?? [];
    const now = after.get(abs) ?? [];
    const checks = [...change.verification.checks, 'typecheck'];
    if (now.length <= was.length) return { ...change, verification: { ...change.verification, checks } };
    const added = now.find((m) => !was.includes(m)) ?? now[0] ?? '';
    return { ...change, verification: { ok: false, checks, reason: `the change introduces type errors: ${added}` } };
  });
}
