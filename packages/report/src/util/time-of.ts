/** Milliseconds since epoch of a Date, an ISO string or a number; NaN when it is none of them. */
export function timeOf(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value);
  return NaN;
}
