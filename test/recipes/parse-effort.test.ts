import { describe, expect, it } from 'vitest';
import { parseEffort } from '../../src/recipes/parse-effort.js';

describe('parseEffort', () => {
  it.each([
    ['0m', 0],
    ['2m', 2],
    ['90m', 90],
    ['1h', 60],
    ['1h30m', 90],
    ['1d', 480],
    ['1d4h', 720],
  ])('%s is %i minutes', (text, minutes) => {
    expect(parseEffort(text)).toBe(minutes);
  });

  it.each(['', '5', '2 hours', '1.5h', 'h', '30m1h', '-1m', '1H'])('rejects %j', (text) => {
    expect(parseEffort(text)).toBeUndefined();
  });
});
