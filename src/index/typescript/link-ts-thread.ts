import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readSource } from '../read-source.js';
import type { TsFileFacts } from './facts.js';
import { linkTypeScript, type TsLinkInput, type TsLinkResult } from './link-ts.js';
import type { TsWants } from './linked.js';

/** A TS/JS file for the checker pass, as plain data. */
export interface TsLinkFile {
  path: string;
  absPath: string;
  facts: TsFileFacts;
}

/**
 * The stack of the thread that runs the TypeScript compiler. Its parser, binder and checker recurse as
 * deep as the syntax nests: with the main thread's ~1 MB, one minified file with a chain of ~1,000 calls
 * overflowed it (and then cost its own findings, see linkTypeScript). 256 MB is address space, not
 * memory: only the pages a deep file uses are touched.
 */
const COMPILER_STACK_MB = 256;

/**
 * linkTypeScript in a thread of its own, with a deep stack (in this thread when running from sources,
 * where there is no compiled worker script). Never throws for the project's sake: if the thread dies,
 * the files are reported as not type-checked.
 */
export async function linkTypeScriptInThread(root: string, files: readonly TsLinkFile[], wants: TsWants): Promise<TsLinkResult> {
  const workerUrl = new URL('./link-ts-worker.js', import.meta.url);
  if (files.length === 0 || !existsSync(fileURLToPath(workerUrl))) return linkTypeScript(root, files.map(readingText), wants);
  const worker = new Worker(workerUrl, { workerData: { root, files, wants }, resourceLimits: { stackSizeMb: COMPILER_STACK_MB } });
  try {
    return await new Promise<TsLinkResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the type-checking thread exited with code ${code}`)));
    });
  } catch (error) {
    const message = `the TypeScript program could not be built: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return {
      files: files.map((f) => ({ path: f.path, imports: f.facts.imports, uses: [], queryHits: f.facts.queryHits })),
      stats: { candidates: 0, confirmed: 0, filesChecked: 0, usedTsconfig: false },
      problems: files.map((f) => ({ path: f.path, kind: 'check-failed', line: 1, column: 1, message })),
    };
  } finally {
    await worker.terminate();
  }
}

/** The checker needs the text again (pass 1 does not keep it): read it the same way, so offsets agree. */
export function readingText(file: TsLinkFile): TsLinkInput {
  return {
    ...file,
    readText: async () => {
      const read = await readSource(file.absPath);
      return read.ok ? read.text : undefined;
    },
  };
}
