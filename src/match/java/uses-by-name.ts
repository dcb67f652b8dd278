import type { JavaUse, LinkedJavaFile } from '../../index/java/index.js';

const cache = new WeakMap<LinkedJavaFile, Map<string, Map<string, JavaUse[]>>>();

/**
 * A file's uses grouped by kind, then by name, built once per file: rules look names up (or test
 * their pattern once per distinct name) instead of scanning every use for every rule.
 */
export function usesByName(file: LinkedJavaFile, kind: JavaUse['kind']): Map<string, JavaUse[]> {
  let byKind = cache.get(file);
  if (!byKind) {
    byKind = new Map();
    for (const use of file.uses) {
      let byName = byKind.get(use.kind);
      if (!byName) byKind.set(use.kind, (byName = new Map()));
      const list = byName.get(use.name);
      if (list) list.push(use);
      else byName.set(use.name, [use]);
    }
    cache.set(file, byKind);
  }
  return byKind.get(kind) ?? new Map();
}
