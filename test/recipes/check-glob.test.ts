import { describe, expect, it } from 'vitest';
import { checkGlob } from '../../src/recipes/check-glob.js';

describe('checkGlob', () => {
  it.each(['**/*.java', 'src/**/*.{ts,tsx}', 'src/[ab]/**', '!**/generated/**', 'a\\}b', '**/..foo/*'])('accepts %j', (glob) => {
    expect(checkGlob(glob)).toBeUndefined();
  });

  it.each([
    ['', 'non-empty'],
    ['  ', 'non-empty'],
    ['/src/**', 'relative'],
    ['C:\\src\\**', 'relative'],
    ['../src/**', '".." segments'],
    ['src/../../x', '".." segments'],
    ['src/[ab', 'Missing closing: "]"'],
    ['src/{a,b', 'Missing closing: "}"'],
    ['src/a}', 'Missing opening: "{"'],
    ['src/(a', 'Missing closing: ")"'],
  ])('rejects %j (%s)', (glob, reason) => {
    expect(checkGlob(glob)).toContain(reason);
  });
});
