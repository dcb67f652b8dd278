import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ts as TsNamespace } from 'ts-morph';

type Ts = typeof TsNamespace;

/** Node's typings ship with refactor (legacy JS trees rarely have @types/node installed). */
const TOOL_TYPE_ROOT = path.dirname(path.dirname(createRequire(import.meta.url).resolve('@types/node/package.json')));

export interface TsProgram {
  ts: Ts;
  program: TsNamespace.Program;
  checker: TsNamespace.TypeChecker;
  /** Whether the scanned root's own tsconfig.json was used. */
  usedTsconfig: boolean;
}

/**
 * A TypeScript program over the given files (texts as decoded by refactor, so legacy encodings and
 * positions agree with pass 1). Uses the root's tsconfig.json when there is one; otherwise a lenient
 * setting for legacy JavaScript: allowJs, CommonJS resolution, Node's typings from refactor itself.
 */
export async function createTsProgram(root: string, files: ReadonlyArray<{ absPath: string; text: string }>): Promise<TsProgram> {
  const { Project, ts } = await import('ts-morph');
  const tsconfig = path.join(root, 'tsconfig.json');
  const usedTsconfig = existsSync(tsconfig);
  const base: TsNamespace.CompilerOptions = {
    allowJs: true,
    checkJs: false,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    allowSyntheticDefaultImports: true,
    resolveJsonModule: true,
    jsx: ts.JsxEmit.Preserve,
  };
  const project = usedTsconfig
    ? new Project({ tsConfigFilePath: tsconfig, skipAddingFilesFromTsConfig: true, compilerOptions: base })
    : new Project({
        skipAddingFilesFromTsConfig: true,
        compilerOptions: {
          ...base,
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.CommonJS,
          moduleResolution: ts.ModuleResolutionKind.Node10,
          ignoreDeprecations: '6.0',
        },
      });
  ensureNodeTypings(project.getCompilerOptions(), root, (options) => project.compilerOptions.set(options));
  for (const file of files) project.createSourceFile(file.absPath, file.text, { overwrite: true });
  const program = project.getProgram().compilerObject;
  return { ts, program, checker: program.getTypeChecker(), usedTsconfig };
}

/** Adds refactor's own @types after the project's, and `node` to an explicit `types` list. */
function ensureNodeTypings(
  options: TsNamespace.CompilerOptions,
  root: string,
  set: (options: TsNamespace.CompilerOptions) => void,
): void {
  const projectTypes = path.join(root, 'node_modules/@types');
  const typeRoots = [...(options.typeRoots ?? [projectTypes]), TOOL_TYPE_ROOT];
  const types = options.types && !options.types.includes('node') ? [...options.types, 'node'] : options.types ?? ['node'];
  set({ typeRoots, types });
}
