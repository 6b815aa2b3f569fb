/** A table value as a drift report holds it: dates as ISO-8601 UTC, anything else not primitive as JSON. */
export type DriftCell = string | number | boolean | null;

/** Turns a table value into a {@link DriftCell}. */
export function driftCell(value: unknown): DriftCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  return JSON.stringify(value);
}
