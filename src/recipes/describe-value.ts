/** How a YAML value reads in an error message: `"src/**"`, `5`, `a list`, `a map`, `an empty value`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return describeString(value);
  return String(value);
}

function describeString(value: string): string {
  if (value === '') return 'an empty string';
  const lines = value.trimEnd().split(/\r?\n/).length;
  if (lines > 1) return `a ${lines}-line string`;
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}
