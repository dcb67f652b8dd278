/** A plain-text table: the first column left-aligned (names), the rest right-aligned (figures). */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    widths.map((w, c) => (c === 0 ? (cells[c] ?? '').padEnd(w) : (cells[c] ?? '').padStart(w))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
