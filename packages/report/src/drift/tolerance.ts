/** How far a number may move before it counts as drift: within when |Δ| ≤ absolute or |Δ| ≤ relative × |old|. */
export interface ColumnTolerance {
  /** Largest allowed absolute change (default `0`). */
  absolute?: number;
  /** Largest allowed change relative to the old value, `0.05` for 5% (default `0`). */
  relative?: number;
}

/** A tolerance for every column, and per-column ones that replace it (`{ relative: 0.05, columns: { rate: { absolute: 0.01 } } }`). */
export interface Tolerance extends ColumnTolerance {
  columns?: Readonly<Record<string, ColumnTolerance>>;
}

/**
 * True when a change from `old` to `next` in `column` is within the tolerance. With no tolerance only equal
 * values are within.
 * @param old the old value
 * @param next the new value
 * @param column the column, for per-column tolerances
 * @param tolerance absolute (default `0`), relative (default `0`), columns (default none)
 * @example
 * isWithinTolerance(100, 104, 'quantity', { relative: 0.05 }); // true
 */
export function isWithinTolerance(
  old: number,
  next: number,
  column: string,
  tolerance: Tolerance = {},
): boolean {
  const { absolute = 0, relative = 0 } = tolerance.columns?.[column] ?? tolerance;
  const delta = Math.abs(next - old);
  return delta <= absolute || delta <= relative * Math.abs(old);
}
