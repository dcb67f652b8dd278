/** `2m`, `1h`, `1h30m`, `1d` (a working day: 8h), `1d4h`; `0m` is allowed. */
export const EFFORT_PATTERN = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

const MINUTES_PER_DAY = 8 * 60;

/** Converts a recipe effort such as `1h30m` to minutes; undefined when it is not one. */
export function parseEffort(text: string): number | undefined {
  const match = EFFORT_PATTERN.exec(text);
  if (!match) return undefined;
  const [, days = '0', hours = '0', minutes = '0'] = match;
  return Number(days) * MINUTES_PER_DAY + Number(hours) * 60 + Number(minutes);
}
