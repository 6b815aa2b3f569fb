import type { ColumnTable } from 'arquero';

/** A column's values in row order (filters and order applied), or null when the table has no such column. */
export function columnValues(table: ColumnTable, name: string): ArrayLike<unknown> | null {
  if (!table.columnNames().includes(name)) return null;
  return table.array(name) as ArrayLike<unknown>;
}
