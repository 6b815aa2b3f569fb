import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

/** A column holding each of `values` `times` times in a row, in the shape transform's RepeatColumn has. */
export class TestRepeatColumn<T> {
  readonly layout = 'repeat';
  readonly length: number;

  constructor(
    readonly values: readonly T[],
    readonly times: number,
  ) {
    this.length = values.length * times;
  }

  at(row: number): T {
    return this.values[Math.floor(row / this.times)];
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let row = 0; row < this.length; row++) yield this.at(row);
  }
}

/** A column cycling through `values` `times` times, in the shape transform's CycleColumn has. */
export class TestCycleColumn<T> {
  readonly layout = 'cycle';
  readonly length: number;

  constructor(
    readonly values: readonly T[],
    times: number,
  ) {
    this.length = values.length * times;
  }

  at(row: number): T {
    return this.values[row % this.values.length];
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let row = 0; row < this.length; row++) yield this.at(row);
  }
}

/**
 * A table of `blocks` × `steps` rows built the way tidyStatsV2 builds one: `perBlock` columns repeat one value
 * per block, `perStep` columns cycle through one value per step, `rows` columns hold one value per row.
 */
export function gridTable(
  steps: number,
  perBlock: Record<string, unknown[]>,
  perStep: Record<string, unknown[]>,
  rows: Record<string, ArrayLike<unknown>>,
): ColumnTable {
  const blocks = Object.values(perBlock)[0]?.length ?? 0;
  const columns: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(perBlock)) columns[name] = new TestRepeatColumn(values, steps);
  for (const [name, values] of Object.entries(perStep)) columns[name] = new TestCycleColumn(values, blocks);
  Object.assign(columns, rows);
  return aq.table(columns as Parameters<typeof aq.table>[0]);
}

/** The same rows as plain arrays: a table no report can read per block. */
export function plainTable(table: ColumnTable): ColumnTable {
  return aq.table(
    Object.fromEntries(
      table.columnNames().map((name) => [name, Array.from(table.array(name) as ArrayLike<unknown>)]),
    ),
  );
}
