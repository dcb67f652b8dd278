import { isMap, isNode, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';

/** `key`: the key of the last path segment (unknown keys); `value`: the node at the path (wrong values). */
export type PathTarget = 'key' | 'value';

/**
 * The offset in the YAML text of the node a key path names. A path that leads nowhere (a missing
 * key) stops at the deepest node that exists, which is where the missing key belongs.
 */
export function locatePath(doc: Document, path: readonly PropertyKey[], target: PathTarget): number {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (!next) break;
    node = next.value ?? next.key ?? node;
    keyNode = next.key;
  }
  const chosen = target === 'key' && keyNode ? keyNode : node;
  return offsetOf(chosen) ?? offsetOf(keyNode) ?? 0;
}

function childOf(node: unknown, segment: PropertyKey): { key?: Node; value?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    if (!pair) return undefined;
    return { key: asNode(pair.key), value: asNode(pair.value) };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = asNode(node.items[segment]);
    return item ? { value: item } : undefined;
  }
  return undefined;
}

function asNode(value: unknown): Node | undefined {
  return isNode(value) ? value : undefined;
}

function offsetOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}
