import * as aq from 'arquero';
import type { DiscoverTables } from '../tidy-discover.js';
import { aggregateAlias } from './aggregate-alias.js';
import { discoverColumnType, discoverValue } from './discover-value.js';
import { textOrNull } from './text-or-null.js';

/** Lays out rows of a Discover result (JSON or CSV) as typed columns; shared by tidyDiscover and readDiscoverCsv. */
export function discoverTables(
  rows: readonly Record<string, unknown>[],
  fields: readonly string[],
  types: Record<string, unknown>,
  units: Record<string, unknown>,
  columnNames: 'field' | 'alias',
): DiscoverTables {
  // arquero keeps columns in plain objects, where "__proto__" cannot be a column: the field keeps its name in
  // the columns table, its data column is renamed
  const names = fields
    .map((f) => (columnNames === 'alias' ? aggregateAlias(f) : f))
    .map((n) => (n === '__proto__' ? '__proto__ (field)' : n));
  const data: Record<string, unknown[]> = Object.create(null);
  fields.forEach((field, c) => {
    const type = discoverColumnType(types[field]);
    data[names[c]] = rows.map((row) => discoverValue(row[field], type));
  });
  return {
    data: aq.table(data),
    columns: aq.table({
      name: names,
      field: [...fields],
      type: fields.map((f) => textOrNull(types[f])),
      unit: fields.map((f) => textOrNull(units[f])),
    }),
  };
}
