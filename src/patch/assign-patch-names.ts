import { hash } from '../core/hash.js';
import { compareCodeUnits } from './compare-code-units.js';

/** Long rule ids or deep directories still make short names; the hash suffix keeps them apart. */
const MAX_NAME_LENGTH = 100;

/**
 * Gives each group a file-system-safe patch name, without `.patch`: `/` becomes `__`, anything but
 * `[A-Za-z0-9._-]` becomes `_`, the root directory (`.`) is `root`. Names that would clash — after that
 * folding, or by case alone (macOS, Windows), or with a `reserved` name — get a hash of the group as a
 * suffix. Deterministic: groups are taken in code-unit order.
 */
export function assignPatchNames(groups: Iterable<string>, reserved: readonly string[] = []): Map<string, string> {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  const names = new Map<string, string>();
  for (const group of [...new Set(groups)].sort(compareCodeUnits)) {
    let name = safeNameOf(group);
    if (taken.has(name.toLowerCase())) name = `${name.slice(0, MAX_NAME_LENGTH - 17)}-${hash(group)}`;
    taken.add(name.toLowerCase());
    names.set(group, name);
  }
  return names;
}

function safeNameOf(group: string): string {
  if (group === '.') return 'root';
  const folded = group
    .split('/')
    .map((segment) => segment.replace(/[^A-Za-z0-9._-]/g, '_'))
    .join('__')
    .replace(/^[.-]+/, '');
  const name = folded === '' ? 'group' : folded;
  return name.length <= MAX_NAME_LENGTH ? name : `${name.slice(0, MAX_NAME_LENGTH - 17)}-${hash(group)}`;
}

