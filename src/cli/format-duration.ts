/** Minutes as a lead reads them: `45m`, `3h 20m`, `12d 4h` (a day is 8 working hours). */
export function formatEffort(minutes: number): string {
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 8 * 5) return rest ? `${hours}h ${rest}m` : `${hours}h`;
  const days = Math.floor(hours / 8);
  const restHours = hours % 8;
  return restHours ? `${days}d ${restHours}h` : `${days}d`;
}
