/** A type as written, without generic arguments, annotations or spaces: `Map.Entry<K, V>[]` → `Map.Entry[]`. */
export function typeText(node: { text: string }): string {
  return stripTypeNoise(node.text);
}

export function stripTypeNoise(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text.replace(/@[\w.]+(\([^)]*\))?/g, '')) {
    if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    else if (depth === 0 && !/\s/.test(ch)) out += ch;
  }
  return out;
}
