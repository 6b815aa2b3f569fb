import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

/**
 * Stacks tables row-wise with the union of their columns (first-seen order), null where a table lacks a column:
 * unlike arquero `concat`, which keeps only the first table's columns.
 */
export function concatTables(tables: readonly ColumnTable[]): ColumnTable {
  if (tables.length === 1) return tables[0];
  const names = [...new Set(tables.flatMap((t) => t.columnNames()))];
  const columns: Record<string, unknown[]> = {};
  for (const name of names) {
    columns[name] = tables.flatMap((t) =>
      t.columnNames().includes(name)
        ? Array.from(t.array(name) as ArrayLike<unknown>)
        : Array(t.numRows()).fill(null),
    );
  }
  return aq.table(columns);
}
