import type { ColumnTable } from 'arquero';
import { expect } from 'vitest';

/** Reifies a table's columns as plain arrays (typed arrays become arrays), honouring filters and order. */
export function tableColumns(table: ColumnTable): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const name of table.columnNames()) out[name] = Array.from(table.array(name) as ArrayLike<unknown>);
  return out;
}

/** Asserts a table has exactly these columns, in this order, with these values row by row. */
export function expectTable(table: ColumnTable, expected: Record<string, unknown[]>): void {
  const actual = tableColumns(table);
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  expect(actual).toEqual(expected);
}
