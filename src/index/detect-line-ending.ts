export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/**
 * Which line breaks a text uses: `lf`, `crlf` or `cr` (classic Mac OS) when all of one kind, `mixed`
 * when of several, `none` without any. Lone `\r`s are line breaks, as the Locator counts them.
 */
export function detectLineEnding(text: string): LineEnding {
  let lf = 0;
  let crlf = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    if (index > 0 && text.charCodeAt(index - 1) === 0x0d) crlf++;
    else lf++;
  }
  const cr = countLoneCr(text);
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

function countLoneCr(text: string): number {
  let n = 0;
  for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) {
    if (text.charCodeAt(index + 1) !== 0x0a) n++;
  }
  return n;
}
