import type { ColumnTable } from 'arquero';

/**
 * A table seen as `blocks` × `steps`: row `r` is step `r % steps` of block `Math.floor(r / steps)`. Tables of
 * `tidyStatsV2` are one block per group and one step per interval, their key columns hold one value per group
 * and their time columns one value per interval; any other table is one block per row (`steps` 1).
 */
export interface TableGrid {
  blocks: number;
  steps: number;
  /** The value of a column on each block (on each row when `steps` is 1); only for the block names asked. */
  block(name: string): ArrayLike<unknown>;
  /** The value of a time column on each step, or null when it has one value per block (`steps` 1). */
  step(name: string): ArrayLike<unknown> | null;
  /** A column's values, one per row. */
  rows(name: string): ArrayLike<unknown>;
}

/** A column repeating each of its values `times` times (transform's `RepeatColumn`). */
interface RepeatLike {
  layout: 'repeat';
  values: ArrayLike<unknown>;
  times: number;
  length: number;
}

/** A column cycling through its values (transform's `CycleColumn`). */
interface CycleLike {
  layout: 'cycle';
  values: ArrayLike<unknown>;
  length: number;
}

function layoutOf(column: unknown): RepeatLike | CycleLike | null {
  const c = column as Partial<RepeatLike | CycleLike> | null;
  if (c === null || typeof c !== 'object' || c.values === undefined || typeof c.length !== 'number')
    return null;
  if (c.layout === 'cycle') return c as CycleLike;
  return c.layout === 'repeat' && Number.isInteger(c.times) ? (c as RepeatLike) : null;
}

/** A column's values by row without a copy where arquero holds them as a plain or typed array. */
function rowValues(table: ColumnTable, name: string): ArrayLike<unknown> {
  const column = table.column(name) as unknown;
  const plain = Array.isArray(column) || (ArrayBuffer.isView(column) && !(column instanceof DataView));
  if (plain && !table.isFiltered() && !table.isOrdered()) return column as ArrayLike<unknown>;
  return table.array(name) as ArrayLike<unknown>;
}

/** One block per row: works for any table. */
export function rowGrid(table: ColumnTable): TableGrid {
  const rows = (name: string): ArrayLike<unknown> => rowValues(table, name);
  return { blocks: table.numRows(), steps: 1, block: rows, step: () => null, rows };
}

/** The number of steps shared by the block and step columns present in the table, or 0 if there is none. */
function commonSteps(
  table: ColumnTable,
  blockNames: readonly string[],
  stepNames: readonly string[],
): number {
  if (table.isFiltered() || table.isOrdered()) return 0;
  const present = new Set(table.columnNames());
  const rows = table.numRows();
  let steps = 0;
  for (const name of blockNames.filter((n) => present.has(n))) {
    const layout = layoutOf(table.column(name));
    if (layout?.layout !== 'repeat' || layout.length !== rows || layout.times < 1) return 0;
    if (steps !== 0 && layout.times !== steps) return 0;
    steps = layout.times;
  }
  for (const name of stepNames.filter((n) => present.has(n))) {
    const layout = layoutOf(table.column(name));
    if (layout?.layout !== 'cycle' || layout.length !== rows || layout.values.length !== steps) return 0;
  }
  return steps;
}

/**
 * The grid of a table whose columns `blockNames` repeat one value per block and whose `stepNames` cycle
 * through one value per step, as `tidyStatsV2` builds them; {@link rowGrid} when they do not (a table built
 * another way, filtered or ordered, or a block column that varies inside a block).
 * @param table any table
 * @param blockNames the columns read per block (missing ones are ignored: the caller reports them)
 * @param stepNames the time columns read per step (default none)
 */
export function tableGrid(
  table: ColumnTable,
  blockNames: readonly string[],
  stepNames: readonly string[] = [],
): TableGrid {
  const steps = commonSteps(table, blockNames, stepNames);
  if (steps === 0) return rowGrid(table);
  const valuesOf = (name: string): ArrayLike<unknown> => (layoutOf(table.column(name)) as RepeatLike).values;
  return {
    blocks: table.numRows() / steps,
    steps,
    block: (name) => valuesOf(name),
    step: (name) => (layoutOf(table.column(name)) as CycleLike).values,
    rows: (name) => rowValues(table, name),
  };
}
