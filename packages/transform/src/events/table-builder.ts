import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

/**
 * How a column is stored while rows are added: `int` (never null; an Int32Array in the table), `dict` (a nullable
 * string column whose repeated values share one string: frames repeat the same names millions of times), or
 * `value` (anything nullable; a plain array).
 */
export type ColumnKind = 'int' | 'dict' | 'value';

interface Column {
  readonly kind: ColumnKind;
  readonly values: unknown[];
  readonly dict: Map<string, string> | null;
}

/**
 * Builds one table column by column from plain arrays, with no row objects. `rollback` drops the cells added
 * since the row count was read, so that an event that fails half-way leaves no partial rows behind.
 */
export class TableBuilder<N extends string = string> {
  private readonly columns: Record<N, Column>;
  private readonly first: Column;
  private readonly keep: boolean;

  /**
   * `spec` names the columns in table order; optional columns of `N` may be left out of it. With `keep: false`
   * the cells are read but not kept: a table nobody asked for costs no memory (and builds with no rows).
   */
  constructor(spec: Readonly<Partial<Record<N, ColumnKind>>>, { keep = true }: { keep?: boolean } = {}) {
    this.keep = keep;
    const columns = {} as Record<N, Column>;
    for (const name of Object.keys(spec) as N[]) {
      const kind = spec[name]!;
      columns[name] = { kind, values: [], dict: kind === 'dict' ? new Map() : null };
    }
    this.columns = columns;
    this.first = Object.values<Column>(columns)[0];
  }

  /** Appends a cell to a column; call it once per column for every row. */
  push(name: N, value: unknown): void {
    if (!this.keep) return;
    const column = this.columns[name];
    if (column.dict !== null && typeof value === 'string') {
      const known = column.dict.get(value);
      if (known === undefined) column.dict.set(value, value);
      else value = known;
    }
    column.values.push(value);
  }

  /** The number of rows (cells in the first column). */
  get rows(): number {
    return this.first.values.length;
  }

  /** The cell of a column at a row (undefined past the last row). */
  cell(name: N, row: number): unknown {
    return this.columns[name].values[row];
  }

  /** Drops every cell past row `rows`. */
  rollback(rows: number): void {
    for (const column of Object.values<Column>(this.columns)) {
      if (column.values.length > rows) column.values.length = rows;
    }
  }

  /** Wraps the columns in an arquero table, in spec order; `int` columns become Int32Arrays. */
  build(): ColumnTable {
    const data: Record<string, unknown[] | Int32Array> = {};
    for (const [name, column] of Object.entries<Column>(this.columns)) {
      data[name] = column.kind === 'int' ? Int32Array.from(column.values as number[]) : column.values;
      column.dict?.clear();
    }
    return aq.table(data);
  }
}
