/** Dots in one statement (up to its `;`, blocks inside it not counted) beyond which a file is said to hold a long chain. */
const LONG_CHAIN_DOTS = 500;

/**
 * Whether the text may hold a call or member chain hundreds of links long (`sb.append(…).append(…)…`
 * in generated Java, `$(…).css(…).css(…)…` in minified JavaScript): such chains nest the syntax tree as
 * deep as they are long, which makes some tree walks quadratic and overflows recursive ones.
 *
 * One pass over the characters, counting dots per statement: `;` ends one, and a block (`{…}`: an
 * anonymous class or a lambda body inside the chain) counts apart and then lets the count go on.
 * Comments and strings are not told apart, so it can be wrong either way; that costs time, never results.
 */
export function mayHoldLongChain(text: string): boolean {
  const dots: number[] = [0];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      if (++(dots[depth] as number) > LONG_CHAIN_DOTS) return true;
    } else if (c === 0x3b) {
      dots[depth] = 0;
    } else if (c === 0x7b) {
      dots[++depth] = 0;
    } else if (c === 0x7d && depth > 0) {
      depth--;
    }
  }
  return false;
}
