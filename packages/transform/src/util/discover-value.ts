import { numberOrNull } from './number-or-null.js';
import { parseDate } from './parse-date.js';

const NUMBER_TYPES = new Set([
  'integer',
  'number',
  'duration',
  'percentage',
  'size',
  'rate',
  'percent_change',
  'score',
  'currency',
]);

/** The column type a Discover `meta.fields` type maps to. */
export type DiscoverColumnType = 'number' | 'date' | 'boolean' | 'string' | 'other';

/** The column type of a `meta.fields` type: numbers, dates, booleans, strings; `other` keeps values as they are. */
export function discoverColumnType(fieldType: unknown): DiscoverColumnType {
  if (typeof fieldType !== 'string') return 'other';
  if (NUMBER_TYPES.has(fieldType)) return 'number';
  if (fieldType === 'date') return 'date';
  if (fieldType === 'boolean') return 'boolean';
  return fieldType === 'string' ? 'string' : 'other';
}

/** Epoch seconds (as Discover sometimes writes `timestamp`) below this are read as seconds, above as milliseconds. */
const SECONDS_LIMIT = 1e11;

function toBoolean(value: unknown): boolean | null {
  if (value === true || value === 'true' || value === 1) return true;
  if (value === false || value === 'false' || value === 0) return false;
  return null;
}

function toDate(value: unknown): Date | null {
  return typeof value === 'number'
    ? parseDate(value < SECONDS_LIMIT ? value * 1000 : value)
    : parseDate(value);
}

const CONVERT: Record<DiscoverColumnType, (value: unknown) => unknown> = {
  number: numberOrNull,
  date: toDate,
  boolean: toBoolean,
  string: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
  other: (value) => value,
};

/** One Discover value converted to its column type (null for missing or unreadable values). */
export function discoverValue(value: unknown, type: DiscoverColumnType): unknown {
  if (value === undefined || value === null) return null;
  if (value === '' && type !== 'string') return null;
  return CONVERT[type](value);
}
