import type { FileProblem } from '../../core/types.js';
import type { Closure, JavaUse, LinkedJavaFile, LinkedMethod } from './linked.js';

/** What one thread's linking produced. */
export interface LinkedJava {
  files: LinkedJavaFile[];
  problems: FileProblem[];
}

type Packed<T, K extends keyof T> = Omit<T, K> & { [P in K]: number };
type PackedUse = Omit<JavaUse, 'owner'> & { owner?: Packed<NonNullable<JavaUse['owner']>, 'closure'> };
type PackedFile = Omit<LinkedJavaFile, 'uses' | 'methods'> & { uses: PackedUse[]; methods: Array<Packed<LinkedMethod, 'ownerClosure'>> };
interface PackedLinkedJava {
  closures: Closure[];
  files: PackedFile[];
  problems: FileProblem[];
}

/**
 * Linked Java files as one JSON string, for the trip from a worker thread. Closures are shared by many
 * uses and methods: each is sent once and referred to by number, which keeps the string (and parsing
 * it on the main thread) small.
 */
export function packLinkedJava(linked: LinkedJava): string {
  const closures: Closure[] = [];
  const ids = new Map<Closure, number>();
  const idOf = (closure: Closure) => {
    let id = ids.get(closure);
    if (id === undefined) {
      id = closures.length;
      closures.push(closure);
      ids.set(closure, id);
    }
    return id;
  };
  const files: PackedFile[] = linked.files.map((f) => ({
    ...f,
    uses: f.uses.map(({ owner, ...use }) => (owner ? { ...use, owner: { ...owner, closure: idOf(owner.closure) } } : use)),
    methods: f.methods.map((m) => ({ ...m, ownerClosure: idOf(m.ownerClosure) })),
  }));
  const packed: PackedLinkedJava = { closures, files, problems: linked.problems };
  return JSON.stringify(packed);
}

/** The inverse of packLinkedJava. JSON turns an unknown argument type (`undefined` in an array) into null: turned back. */
export function unpackLinkedJava(json: string): LinkedJava {
  const packed = JSON.parse(json) as PackedLinkedJava;
  const closureOf = (id: number): Closure => packed.closures[id] ?? {};
  // Restored in place: these objects were made by JSON.parse just now and are not shared.
  for (const f of packed.files) {
    for (const use of f.uses) {
      const restored = use as unknown as JavaUse;
      if (use.owner && restored.owner) restored.owner.closure = closureOf(use.owner.closure);
      if (use.args.includes(null as never)) restored.args = use.args.map(orUndefined);
      const argTypes = use.captures.argTypes;
      if (argTypes?.includes(null as never)) use.captures.argTypes = argTypes.map(orUndefined);
    }
    for (const m of f.methods) (m as unknown as LinkedMethod).ownerClosure = closureOf(m.ownerClosure);
  }
  return { files: packed.files as unknown as LinkedJavaFile[], problems: packed.problems };
}

function orUndefined<T>(value: T | null): T | undefined {
  return value ?? undefined;
}
