import { afterEach, describe, expect, it } from 'vitest';
import { setTurboInlining, turboInlining, withTurboInlining } from '../../src/core/turbo-inlining.js';

/** The CLI turns V8's inlining off for the run and the TypeScript steps turn it on for their duration only. */
describe('withTurboInlining', () => {
  afterEach(() => setTurboInlining(true));

  it('turns inlining on for the step and off again after it', async () => {
    setTurboInlining(false);
    const during = await withTurboInlining(async () => turboInlining());
    expect([during, turboInlining()]).toEqual([true, false]);
  });

  it('puts the setting back when the step throws', async () => {
    setTurboInlining(false);
    await expect(withTurboInlining(async () => Promise.reject(new Error('checker crashed')))).rejects.toThrow('checker crashed');
    expect(turboInlining()).toBe(false);
  });

  it('leaves inlining on where it was on (library use, without the CLI)', async () => {
    await withTurboInlining(async () => undefined);
    expect(turboInlining()).toBe(true);
  });
});
