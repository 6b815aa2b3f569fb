import type { ColumnTable } from 'arquero';
import { SentryOfflineError, type Discover } from '@sentry-offline/schema';
import { asRecord } from './util/as-record.js';
import { discoverTables } from './util/discover-tables.js';

/** Options of {@link tidyDiscover}. */
export interface TidyDiscoverOptions {
  /**
   * Column names (default `'field'`): `'field'` keeps Sentry's field names (`count()`,
   * `p95(transaction.duration)`); `'alias'` uses their aliases (`count`, `p95_transaction_duration`), the names
   * of older responses and CSV exports.
   */
  columnNames?: 'field' | 'alias';
  /** The file name used in error messages (default `"<input>"`). */
  file?: string;
}

/** The tables of a Discover result. */
export interface DiscoverTables {
  /** One row per result row, one column per field, typed from `meta.fields`. */
  data: ColumnTable;
  /** One row per column of `data`: `name`, `field` (Sentry's name), `type` (from `meta.fields`), `unit` (from `meta.units`). */
  columns: ColumnTable;
}

/**
 * Turns a Discover response (`/organizations/{org}/events/`: `data[]` and `meta.fields`/`meta.units`) into a
 * `data` table typed from `meta.fields` (numbers, durations, percentages… as numbers, `date` as UTC Dates,
 * booleans as booleans) and a `columns` table describing each column with its unit. Values are not rescaled:
 * a `duration` in `millisecond` stays in milliseconds.
 * @param payload a parsed Discover response
 * @param options columnNames (default `'field'`), file (default `"<input>"`)
 * @example
 * const { data, columns } = tidyDiscover(JSON.parse(text));
 */
export function tidyDiscover(
  payload: Discover,
  { columnNames = 'field', file = '<input>' }: TidyDiscoverOptions = {},
): DiscoverTables {
  const record = asRecord(payload);
  if (!Array.isArray(record.data)) {
    throw new SentryOfflineError('transform.invalidPayload', `${file}: /data is not an array of rows`, {
      details: { file, pointer: '/data' },
    });
  }
  const rows = record.data.map(asRecord);
  const meta = asRecord(record.meta);
  const types = asRecord(meta.fields);
  const fields = [...Object.keys(types)];
  for (const row of rows) for (const key of Object.keys(row)) if (!fields.includes(key)) fields.push(key);
  return discoverTables(rows, fields, types, asRecord(meta.units), columnNames);
}
