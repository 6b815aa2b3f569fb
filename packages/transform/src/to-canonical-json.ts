import type { ColumnTable } from 'arquero';

/** Options of {@link toCanonicalJson}. */
export interface ToCanonicalJsonOptions {
  /** Sort rows by every column, left to right (default `true`); `false` keeps the table's own order. */
  sortRows?: boolean;
  /** Significant digits of non-integer numbers (default `12`): hides float noise, not real changes. */
  precision?: number;
}

type Cell = string | number | boolean | null;

function canonicalCell(value: unknown, precision: number): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    return Number.isInteger(value) ? value : Number(value.toPrecision(precision));
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function compareCells(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Writes a table in one canonical form, for goldens and snapshots that diff cleanly: the table's column order,
 * rows sorted by every column, dates as ISO-8601 UTC, one number format, one row per line, trailing newline.
 * @param table any arquero table
 * @param options sortRows (default `true`), precision (default `12`)
 * @example
 * await expect(toCanonicalJson(tidyStatsV2(payload))).toMatchFileSnapshot('expected/table.json');
 */
export function toCanonicalJson(
  table: ColumnTable,
  { sortRows = true, precision = 12 }: ToCanonicalJsonOptions = {},
): string {
  const names = table.columnNames();
  const columns = names.map((name) => table.column(name)!);
  const rows: Cell[][] = [];
  table.scan((row) => {
    rows.push(columns.map((column) => canonicalCell(column.at(row!), precision)));
  }, true);
  if (sortRows) {
    rows.sort((a, b) => {
      for (let i = 0; i < a.length; i++) {
        const c = compareCells(a[i], b[i]);
        if (c !== 0) return c;
      }
      return 0;
    });
  }
  const lines = rows.map((row) => '    ' + JSON.stringify(row));
  return `{\n  "columns": ${JSON.stringify(names)},\n  "rows": [${lines.length ? '\n' + lines.join(',\n') + '\n  ' : ''}]\n}\n`;
}
