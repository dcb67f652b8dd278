import { afterEach, describe, expect, it } from 'vitest';
import { setShortRunTiering, shortRunTiering, withLongRunTiering } from '../../src/core/v8-tiering.js';

/** The CLI tunes V8 for a short run; the TypeScript steps go back to V8's usual setting for their duration only. */
describe('withLongRunTiering', () => {
  afterEach(() => setShortRunTiering(false));

  it('goes back to the usual setting for the step and to the short-run one after it', async () => {
    setShortRunTiering(true);
    const during = await withLongRunTiering(async () => shortRunTiering());
    expect([during, shortRunTiering()]).toEqual([false, true]);
  });

  it('puts the setting back when the step throws', async () => {
    setShortRunTiering(true);
    await expect(withLongRunTiering(async () => Promise.reject(new Error('checker crashed')))).rejects.toThrow('checker crashed');
    expect(shortRunTiering()).toBe(true);
  });

  it('leaves the usual setting where it was (library use, without the CLI)', async () => {
    await withLongRunTiering(async () => undefined);
    expect(shortRunTiering()).toBe(false);
  });
});
