import type { ColumnTable } from 'arquero';

/** The table with a first column `source_file` holding the file name, for rows that do not say where they came from. */
export function withSource(table: ColumnTable, source: string): ColumnTable {
  const rows = table.numRows();
  return table
    .assign({ source_file: Array(rows).fill(source) })
    .select(['source_file', ...table.columnNames()]);
}
