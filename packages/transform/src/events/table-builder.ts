import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

/**
 * What a column holds, and so how it is stored while rows are added: `int` (an integer, never null; an Int32Array
 * in the table), `dict` (a nullable string whose repeated values share one string: frames repeat the same names
 * millions of times), or a nullable `string`, `integer`, `boolean` or `date` (a plain array).
 */
export type ColumnKind = 'int' | 'dict' | 'string' | 'integer' | 'boolean' | 'date';

/** The type of a column's values, as a writer of a typed format (Parquet) declares it; cells may be null. */
export type ColumnType = 'string' | 'integer' | 'boolean' | 'date';

/** The type of the values of a column of this kind. */
export const typeOfKind = (kind: ColumnKind): ColumnType =>
  kind === 'int' ? 'integer' : kind === 'dict' ? 'string' : kind;

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
  private columns: Record<N, Column>;
  private first: Column;
  private readonly keep: boolean;
  /** The type of each column's values, in table order. */
  readonly types: Readonly<Record<N, ColumnType>>;

  /**
   * `spec` names the columns in table order; optional columns of `N` may be left out of it. With `keep: false`
   * the cells are read but not kept: a table nobody asked for costs no memory (and builds with no rows).
   */
  constructor(spec: Readonly<Partial<Record<N, ColumnKind>>>, { keep = true }: { keep?: boolean } = {}) {
    this.keep = keep;
    const types = {} as Record<N, ColumnType>;
    for (const name of Object.keys(spec) as N[]) types[name] = typeOfKind(spec[name]!);
    this.types = types;
    this.columns = TableBuilder.empty(spec);
    this.first = Object.values<Column>(this.columns)[0];
  }

  private static empty<N extends string>(spec: Readonly<Partial<Record<N, ColumnKind>>>): Record<N, Column> {
    const columns = {} as Record<N, Column>;
    for (const name of Object.keys(spec) as N[]) {
      const kind = spec[name]!;
      columns[name] = { kind, values: [], dict: kind === 'dict' ? new Map() : null };
    }
    return columns;
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

  /**
   * Wraps the columns in an arquero table, in spec order (`int` columns become Int32Arrays), and starts again with
   * no rows: a builder can hand over a large table in batches, each holding the rows added since the last.
   */
  build(): ColumnTable {
    const data: Record<string, unknown[] | Int32Array> = {};
    const spec = {} as Record<N, ColumnKind>;
    for (const [name, column] of Object.entries<Column>(this.columns)) {
      data[name] = column.kind === 'int' ? Int32Array.from(column.values as number[]) : column.values;
      spec[name as N] = column.kind;
    }
    this.columns = TableBuilder.empty(spec);
    this.first = Object.values<Column>(this.columns)[0];
    return aq.table(data);
  }
}
