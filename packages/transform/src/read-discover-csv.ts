import * as aq from 'arquero';
import type { DiscoverTables } from './tidy-discover.js';
import { discoverTables } from './util/discover-tables.js';
import { aggregateAlias } from './util/aggregate-alias.js';
import { parseDate } from './util/parse-date.js';

/** Options of {@link readDiscoverCsv}. */
export interface ReadDiscoverCsvOptions {
  /**
   * The `meta.fields` of the query (field → type), when known: headers are matched to fields by name or alias
   * and typed from them. Default: each column's type is inferred from its values (numbers, ISO dates, booleans).
   */
  fields?: Record<string, string>;
  /** The `meta.units` of the query (field → unit), when known (default `{}`). */
  units?: Record<string, string | null>;
  /** Column names (default `'field'`): Sentry's field names where known, else the headers; `'alias'` as in `tidyDiscover`. */
  columnNames?: 'field' | 'alias';
}

const ISO_DATE = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/;

// Discover's export prefixes text starting with = + - @ with a quote so spreadsheets do not run it (disableMacros)
function undoMacroGuard(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

function inferType(values: readonly unknown[]): string {
  const present = values.filter((v): v is string => typeof v === 'string');
  if (present.length === 0) return 'string';
  if (present.every((v) => v.trim() !== '' && Number.isFinite(Number(v)))) return 'number';
  if (present.every((v) => ISO_DATE.test(v) && parseDate(v) !== null)) return 'date';
  if (present.every((v) => v === 'true' || v === 'false')) return 'boolean';
  return 'string';
}

/**
 * Reads a CSV exported from Discover (headers `count()` or, from older exports, `count`, …) into the same `data`
 * and `columns` tables as {@link tidyDiscover}. Empty cells are null; the quote Discover puts before text that
 * starts with `=`, `+`, `-` or `@` is removed.
 * @param text the CSV text
 * @param options fields (default: inferred types), units (default `{}`), columnNames (default `'field'`)
 * @example
 * const { data } = readDiscoverCsv(text, { fields: { 'count()': 'integer', transaction: 'string' } });
 */
export function readDiscoverCsv(
  text: string,
  { fields = {}, units = {}, columnNames = 'field' }: ReadDiscoverCsvOptions = {},
): DiscoverTables {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return discoverTables([], [], {}, {}, columnNames);
  const table = aq.fromCSV(body, { autoType: false });
  const headers = table.columnNames();
  const byAlias = new Map(Object.keys(fields).map((f) => [aggregateAlias(f), f]));
  const names = headers.map((h) => (h in fields ? h : (byAlias.get(h) ?? h)));
  const columns = headers.map((h) => table.array(h) as ArrayLike<string | null>);
  const rows = Array.from({ length: table.numRows() }, (_, r) =>
    Object.fromEntries(names.map((n, c) => [n, undoMacroGuard(columns[c][r] ?? '') || null])),
  );
  const types: Record<string, unknown> = {};
  names.forEach((n) => (types[n] = fields[n] ?? inferType(rows.map((row) => row[n]))));
  return discoverTables(rows, names, types, units, columnNames);
}
