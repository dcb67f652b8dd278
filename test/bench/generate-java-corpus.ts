import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { planJavaCorpus, type ClassPlan } from './plan-java-corpus.js';
import { renderJavaClass } from './render-java-class.js';
import { renderJunitTest } from './render-junit-test.js';
import { seededRandom } from './seeded-random.js';

/** Bump when the generated code changes shape, so cached corpora are rebuilt and runs stay comparable. */
const GENERATOR_VERSION = 1;
const SEED = 20_240_601;
/** The default size: the "at least 200k lines". */
const TARGET_LINES = 210_000;
const STAMP_FILE = '.generator-stamp.json';

export interface GeneratedCorpus {
  files: number;
  lines: number;
  /** False when an up-to-date corpus was already on disk. */
  isFresh: boolean;
}

interface Stamp {
  version: number;
  seed: number;
  targetLines: number;
  files: number;
  lines: number;
}

/**
 * Writes a deterministic legacy-Java corpus of about `targetLines` lines (by default at least 200,000)
 * into `dir`, unless the stamp there says this generator version already wrote it. The stamp is
 * written last, so an interrupted run leaves no stamp and the next run starts over.
 */
export function ensureJavaCorpus(dir: string, targetLines = TARGET_LINES): GeneratedCorpus {
  const stamp = readStamp(dir);
  if (stamp && stamp.version === GENERATOR_VERSION && stamp.seed === SEED && stamp.targetLines === targetLines) {
    return { files: stamp.files, lines: stamp.lines, isFresh: false };
  }
  rmSync(dir, { recursive: true, force: true });
  const { files, lines } = writeJavaCorpus(dir, SEED, targetLines);
  const written: Stamp = { version: GENERATOR_VERSION, seed: SEED, targetLines, files, lines };
  writeFileSync(path.join(dir, STAMP_FILE), `${JSON.stringify(written, null, 2)}\n`);
  return { files, lines, isFresh: true };
}

/** Writes a generated legacy-Java project of about `targetLines` lines (services and their JUnit tests) into `dir`. */
export function writeJavaCorpus(dir: string, seed: number, targetLines: number): { files: number; lines: number } {
  const rnd = seededRandom(seed);
  let lines = 0;
  const plans = planJavaCorpus(rnd, targetLines);
  for (const plan of plans) {
    const text = plan.kind === 'service' ? renderJavaClass(plan, rnd) : renderJunitTest(plan, rnd);
    const file = path.join(dir, sourcePath(plan));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    lines += text.split('\n').length - 1;
  }
  return { files: plans.length, lines };
}

function sourcePath(plan: ClassPlan): string {
  const root = plan.kind === 'service' ? 'src/main/java' : 'src/test/java';
  return path.join(root, ...plan.packageName.split('.'), `${plan.name}.java`);
}

function readStamp(dir: string): Stamp | undefined {
  const file = path.join(dir, STAMP_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

// `tsx test/bench/generate-java-corpus.ts <dir>` generates on its own, to inspect the corpus.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(process.argv[2] ?? 'generated-java');
  const corpus = ensureJavaCorpus(dir);
  console.log(`${corpus.isFresh ? 'wrote' : 'kept'} ${corpus.files} files, ${corpus.lines} lines in ${dir}`);
}
