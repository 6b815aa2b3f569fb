import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';

/**
 * The numeric column a report counts: `value`, else `quantity`, else `times_seen`; `report.noValueColumn` if absent.
 * @param table the table
 * @param value the column asked for, if any
 * @param read reads a column that exists (default: `table.array(name)`)
 */
export function valueColumn(
  table: ColumnTable,
  value: string | undefined,
  read: (name: string) => ArrayLike<unknown> = (name) => table.array(name) as ArrayLike<unknown>,
): ArrayLike<number | null> {
  const names = table.columnNames();
  const name = value ?? (names.includes('quantity') ? 'quantity' : 'times_seen');
  // an empty response (no groups) has no field columns, and nothing to count
  if (!names.includes(name) && table.numRows() === 0) return [];
  if (!names.includes(name)) {
    throw new SentryOfflineError(
      'report.noValueColumn',
      `the table has no "${name}" column to count (have: ${names.join(', ')})`,
      { details: { column: name, have: names } },
    );
  }
  return read(name) as ArrayLike<number | null>;
}
