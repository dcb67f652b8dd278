import { z } from 'zod';

/** The keys a strict object schema allows at a key path (all union branches that reach it). */
export function allowedKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  const visit = (node: z.core.$ZodType, depth: number): void => {
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) {
      visit(node.unwrap(), depth);
    } else if (node instanceof z.ZodUnion) {
      for (const option of node.options) visit(option, depth);
    } else if (depth === path.length) {
      if (node instanceof z.ZodObject) for (const key of Object.keys(node.shape)) keys.add(key);
    } else {
      const segment = path[depth];
      if (node instanceof z.ZodObject && typeof segment === 'string') {
        const child: z.core.$ZodType | undefined = node.shape[segment];
        if (child) visit(child, depth + 1);
      } else if (node instanceof z.ZodArray && typeof segment === 'number') {
        visit(node.element, depth + 1);
      }
    }
  };
  visit(schema, 0);
  return [...keys];
}
