import type { FileProblem } from '../../core/types.js';
import type { LinkedJava } from './linked-transport.js';
import { extractJavaRefs, KEEP_ALL_REFS, type RefFilter } from './extract-java-refs.js';
import { parseJavaFile, releaseParsedJava, reparseJavaFile, type LiveJavaFile, type ParsedJavaFile } from './extract-java-facts.js';
import type { JavaFileDecls, JavaProjectDecls } from './facts.js';
import { JavaResolver } from './java-resolver.js';
import { deprecatedTypeNames, fileWantsFor, type FileWants, type JavaWants } from './file-wants.js';
import { linkJavaFile } from './link-java.js';
import type { LinkedJavaFile } from './linked.js';

/**
 * Trees kept alive between the two steps, per thread, measured in characters of source. A kept tree
 * costs about 30 bytes per character (212k generated lines, 8.6 MB of source: +250 MB of resident
 * memory), so this keeps ~500 MB per thread. Beyond it a file keeps only its text and is parsed again
 * for its uses: slower, but memory stays bounded on any tree size.
 */
const RETAINED_SOURCE_CHARS = 16 * 1024 * 1024;

/**
 * The Java files one thread has parsed, between the two steps of the Java index:
 * 1. add(): parse, read declarations (sent to the main thread), keep the tree and the captures of uses;
 * 2. link(): once every thread's declarations are gathered, extract only the uses some rule wants,
 *    resolve them against the whole project, and free the trees.
 * Only declarations and linked, wanted uses ever leave the thread.
 */
export class JavaWorkspace {
  private files: Array<{ path: string; parsed: ParsedJavaFile }> = [];
  private retainedChars = 0;

  /**
   * @param retainLimit characters of source whose trees are kept for linking; later files are parsed again.
   * @param freeTrees free each tree after linking its file. A worker thread that ends after linking skips it:
   *   its WebAssembly memory goes with the thread, and freeing node by node took ~10% of the linking time.
   */
  constructor(
    private readonly retainLimit = RETAINED_SOURCE_CHARS,
    private readonly freeTrees = true,
  ) {}

  add(path: string, text: string, queries: readonly string[]): JavaFileDecls {
    const parsed = parseJavaFile(text, queries);
    this.files.push({ path, parsed });
    if (this.retainedChars + text.length > this.retainLimit) releaseParsedJava(parsed);
    else this.retainedChars += text.length;
    return parsed.decls;
  }

  /**
   * The project's declarations in which the files added here may be given by path only: those are
   * filled in from this workspace. Throws on a path it has not parsed.
   */
  projectFrom(entries: ReadonlyArray<JavaProjectDecls | string>): JavaProjectDecls[] {
    const own = new Map(this.files.map((f) => [f.path, f.parsed.decls]));
    return entries.map((e) => {
      if (typeof e !== 'string') return e;
      const decls = own.get(e);
      if (!decls) throw new Error(`declarations of ${e} were sent by path, but this thread did not parse it`);
      return decls;
    });
  }

  /**
   * Links every file added so far against `project` (all files' declarations, this thread's included),
   * keeping the uses `wants` asks for (all uses without wants). Frees everything: the workspace is empty after.
   */
  link(project: readonly JavaProjectDecls[], wants: JavaWants | undefined): LinkedJava {
    const all: LinkedJava = { files: [], problems: [] };
    for (const batch of this.linkBatches(project, wants, Number.POSITIVE_INFINITY)) {
      all.files.push(...batch.files);
      all.problems.push(...batch.problems);
    }
    return all;
  }

  /**
   * Like link(), a batch of `batchSize` files at a time, so that a thread can hand over one batch (or
   * serve its messages) before it links the next.
   */
  *linkBatches(project: readonly JavaProjectDecls[], wants: JavaWants | undefined, batchSize: number): Generator<LinkedJava> {
    const files = this.files;
    this.files = [];
    this.retainedChars = 0;
    const resolver = new JavaResolver(project);
    const wantsOf = wants ? fileWantsFor(wants, resolver, project) : keepingAll(project);
    let linked: LinkedJavaFile[] = [];
    let problems: FileProblem[] = [];
    for (const { path, parsed } of files) {
      if (linked.length >= batchSize) {
        yield { files: linked, problems };
        linked = [];
        problems = [];
      }
      const wanted = wantsOf(parsed.text, parsed.decls);
      const decls = { ...parsed.decls, methods: parsed.decls.methods.filter((m) => wanted.keepMethod(m.name)) };
      try {
        const file = linkJavaFile(path, { ...decls, refs: refsOf(parsed, wanted) }, resolver);
        file.uses = file.uses.filter(wanted.keepUse);
        linked.push(file);
      } catch (error) {
        // A file whose uses cannot be read still counts with its declarations (extends, overrides, imports…).
        const message = error instanceof Error ? error.message : String(error);
        problems.push({ path, kind: 'parse-failed', line: 1, column: 1, message: `reading uses failed: ${message}` });
        linked.push(linkJavaFile(path, { ...decls, refs: [] }, resolver));
      } finally {
        if (this.freeTrees) releaseParsedJava(parsed);
        else delete parsed.live;
      }
    }
    yield { files: linked, problems };
  }
}

/** Without wants (tests, `extractJavaFacts`): every use, and every reference to a deprecated project type. */
function keepingAll(project: readonly JavaProjectDecls[]): () => FileWants {
  const all: FileWants = { ...KEEP_ALL_REFS, keepUse: () => true, keepMethod: () => true, typeNames: deprecatedTypeNames(project) };
  return () => all;
}

function isLive(parsed: ParsedJavaFile): parsed is LiveJavaFile {
  return parsed.live !== undefined;
}

function refsOf(parsed: ParsedJavaFile, filter: RefFilter) {
  if (!isLive(parsed)) {
    // Released to bound memory: parse again for the uses.
    const again = reparseJavaFile(parsed);
    try {
      return extractJavaRefs(again, filter);
    } finally {
      releaseParsedJava(again);
    }
  }
  return extractJavaRefs(parsed, filter);
}
