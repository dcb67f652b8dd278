import picomatch from 'picomatch';

/**
 * Checks one recipe glob. Returns what was expected (a noun phrase, completed by the caller into
 * "expected …, got …") when the glob is unusable, or undefined when it is fine.
 */
export function checkGlob(glob: string): string | undefined {
  if (glob.trim() === '') return 'a non-empty glob such as "src/**/*.java"';
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) {
    return 'a glob relative to the scanned root (drop the leading "/")';
  }
  if (glob.split(/[\\/]/).includes('..')) return 'a glob inside the scanned root (no ".." segments)';
  const unbalanced = unbalancedBracket(glob);
  if (unbalanced) return `a glob with balanced brackets and braces (${unbalanced})`;
  return undefined;
}

function unbalancedBracket(glob: string): string | undefined {
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
  } catch (error) {
    // picomatch says e.g. 'Missing closing: "]" - use "\\]" to match literal characters'; keep the first part.
    const message = error instanceof Error ? error.message : String(error);
    return message.split(' - ')[0];
  }
  // picomatch accepts a stray closing brace as a literal; in a recipe it is almost always a typo.
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return 'Missing opening: "{"';
  }
  return undefined;
}
