/** Dots in one stretch of code without `;`, `{` or `}` beyond which a file is said to hold a long chain. */
const LONG_CHAIN_DOTS = 500;

/**
 * Whether the text may hold a call or member chain hundreds of links long (`sb.append(…).append(…)…`
 * in generated Java, `$(…).css(…).css(…)…` in minified JavaScript): such chains nest the syntax tree as
 * deep as they are long, which makes some tree walks quadratic and overflows recursive ones. Cheap
 * (one pass over the characters) and errs towards yes.
 */
export function mayHoldLongChain(text: string): boolean {
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      if (++dots > LONG_CHAIN_DOTS) return true;
    } else if (c === 0x3b || c === 0x7b || c === 0x7d) {
      dots = 0;
    }
  }
  return false;
}
