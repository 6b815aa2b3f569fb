/** How a report column's values are written. */
export type CellFormat = 'text' | 'code' | 'integer' | 'number' | 'percent' | 'date' | 'change';

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function formatDate(value: unknown): string {
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value));
  return Number.isNaN(time) ? String(value) : new Date(time).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * A cell as display text: integers with thousands separators, ratios as percentages with one decimal, dates as
 * `YYYY-MM-DD HH:MM` UTC, rank changes as `+2`/`−1`/`0`; null and missing values as an empty string.
 */
export function formatValue(value: unknown, format: CellFormat): string {
  if (value === null || value === undefined) return '';
  switch (format) {
    case 'integer':
      return isNumber(value) ? INTEGER.format(value) : String(value);
    case 'number':
      return isNumber(value) ? DECIMAL.format(value) : String(value);
    case 'percent':
      return isNumber(value) ? `${(value * 100).toFixed(1)}%` : String(value);
    case 'date':
      return formatDate(value);
    case 'change':
      return isNumber(value) ? (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0') : String(value);
    default:
      return String(value);
  }
}

/** True for the formats that are right-aligned (numbers). */
export function isNumeric(format: CellFormat): boolean {
  return format === 'integer' || format === 'number' || format === 'percent' || format === 'change';
}
