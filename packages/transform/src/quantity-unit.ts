/** The unit of a usage-stats `quantity`: `bytes`, `milliseconds` or `count`. */
export type QuantityUnit = 'bytes' | 'milliseconds' | 'count';

const UNITS: Record<string, QuantityUnit> = {
  attachment: 'bytes',
  log_byte: 'bytes',
  profile_duration: 'milliseconds',
  profile_duration_ui: 'milliseconds',
};

/**
 * The unit of `sum(quantity)` for a data category: `bytes` for `attachment` and `log_byte`, `milliseconds` for
 * `profile_duration` and `profile_duration_ui`, `count` for every other category; null when the category is not
 * known (a response not grouped by category may add up several units).
 * @param category a data category, or null
 * @example
 * quantityUnit('attachment'); // 'bytes'
 */
export function quantityUnit(category: string | null): QuantityUnit | null {
  if (category === null) return null;
  return UNITS[category] ?? 'count';
}
