/** A type as written, without generic arguments, annotations or spaces: `Map.Entry<K, V>[]` → `Map.Entry[]`. */
export function typeText(node: { text: string }): string {
  return stripTypeNoise(node.text);
}

/** Nothing to strip: no generic arguments, annotations or spaces (most types as written, `Date`, `java.util.List`). */
const PLAIN_TYPE = /^[^<>@\s]*$/;

export function stripTypeNoise(text: string): string {
  if (PLAIN_TYPE.test(text)) return text;
  let out = '';
  let depth = 0;
  for (const ch of withoutAnnotations(text)) {
    if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    else if (depth === 0 && !/\s/.test(ch)) out += ch;
  }
  return out;
}

/**
 * A type as written with its generic arguments, without annotations and with spaces only where Java
 * needs them (`? extends Date`): `Map<String, List<Date>>` → `Map<String,List<Date>>`. Used for the
 * declared types of fields, locals and results, whose arguments type what `get()` and the like return.
 */
export function genericTypeText(node: { text: string }): string {
  return withoutAnnotations(node.text)
    .replace(/\s+/g, ' ')
    .replace(/\s*([<>,.[\]])\s*/g, '$1')
    .trim();
}

/** A type written with generic arguments, split: `Map<String,List<Date>>[]` → `Map[]` and `String`, `List<Date>`. */
export interface GenericType {
  /** Without generic arguments (array brackets kept). */
  base: string;
  /** The arguments of the (element) type itself, as written; empty for a raw type or `<>`. */
  args: string[];
}

export function splitGenericType(written: string): GenericType {
  const base = stripTypeNoise(written);
  const arrays = written.match(/(\[\])+$/)?.[0] ?? '';
  const element = arrays ? written.slice(0, -arrays.length) : written;
  if (!element.endsWith('>')) return { base, args: [] };
  // The last top-level `<…>` is the element type's own: `Outer<A>.Inner<B>` has B.
  let depth = 0;
  let open = -1;
  for (let i = element.length - 1; i >= 0; i--) {
    const ch = element[i];
    if (ch === '>') depth++;
    else if (ch === '<' && --depth === 0) {
      open = i;
      break;
    }
  }
  if (open < 0) return { base, args: [] };
  return { base, args: splitTopLevel(element.slice(open + 1, -1)) };
}

/** `String,List<Map<K,V>>` → `String`, `List<Map<K,V>>`. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '<') depth++;
    else if (ch === '>') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = list.slice(start).trim();
  if (last) parts.push(last);
  return parts;
}

function withoutAnnotations(text: string): string {
  return text.replace(/@[\w.]+(\([^)]*\))?/g, '');
}
