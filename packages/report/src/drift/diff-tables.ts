import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { compareKeys } from '../util/compare-keys.js';
import { driftCell, type DriftCell } from '../util/drift-cell.js';
import { isWithinTolerance, type Tolerance } from './tolerance.js';

/** Options of {@link diffTables}. */
export interface DiffTablesOptions {
  /** Columns that identify a row (default: every column that is not numeric in both tables). */
  keys?: readonly string[];
  /** Columns compared (default: every other column both tables have). Numbers are added up over rows with equal keys. */
  values?: readonly string[];
  /** How far numbers may move (default none: any change is drift). */
  tolerance?: Tolerance;
}

/** One value that changed beyond the tolerance. */
export interface CellChange {
  /** The row's key values, by key column. */
  key: Record<string, DriftCell>;
  column: string;
  old: DriftCell;
  new: DriftCell;
  /** new − old, for numbers. */
  delta: number | null;
  /** (new − old) / |old|, for numbers with a non-zero old value. */
  relative: number | null;
}

/** The number drift of two tables compared on their keys. Empty lists mean no drift. */
export interface TableDrift {
  keys: string[];
  values: string[];
  /** Distinct keys on each side, and on both. */
  rows: { old: number; new: number; both: number };
  /** Keys of the rows only in the old table. */
  onlyOld: Record<string, DriftCell>[];
  /** Keys of the rows only in the new table. */
  onlyNew: Record<string, DriftCell>[];
  /** Values that changed beyond the tolerance, by key then column. */
  changed: CellChange[];
  /** Numbers that changed but stayed within the tolerance. */
  withinTolerance: number;
}

interface Side {
  rows: Map<string, { key: DriftCell[]; values: DriftCell[] }>;
}

function isNumeric(table: ColumnTable, name: string): boolean {
  if (!table.columnNames().includes(name)) return true;
  const values = table.array(name) as ArrayLike<unknown>;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && typeof v !== 'number') return false;
  }
  return true;
}

function collect(table: ColumnTable, keys: readonly string[], values: readonly string[]): Side {
  const keyColumns = keys.map((k) => table.array(k) as ArrayLike<unknown>);
  const valueColumns = values.map((v) => table.array(v) as ArrayLike<unknown>);
  const rows: Side['rows'] = new Map();
  for (let i = 0; i < table.numRows(); i++) {
    const key = keyColumns.map((c) => driftCell(c[i]));
    const id = JSON.stringify(key);
    const cells = valueColumns.map((c) => driftCell(c[i]));
    const row = rows.get(id);
    if (!row) rows.set(id, { key, values: cells });
    else
      row.values = row.values.map((v, j) =>
        typeof v === 'number' && typeof cells[j] === 'number' ? v + (cells[j] as number) : v,
      );
  }
  return { rows };
}

function checkColumns(table: ColumnTable, names: readonly string[], side: string): void {
  const have = table.columnNames();
  const missing = names.filter((n) => !have.includes(n));
  if (missing.length > 0) {
    throw new SentryOfflineError(
      'report.missingColumn',
      `the ${side} table has no ${missing.map((m) => `"${m}"`).join(', ')} (have: ${have.join(', ')})`,
      { details: { missing, have } },
    );
  }
}

function keyObject(keys: readonly string[], cells: readonly DriftCell[]): Record<string, DriftCell> {
  return Object.fromEntries(keys.map((k, i) => [k, cells[i]]));
}

function change(old: DriftCell, next: DriftCell): Pick<CellChange, 'delta' | 'relative'> {
  if (typeof old !== 'number' || typeof next !== 'number') return { delta: null, relative: null };
  return { delta: next - old, relative: old === 0 ? null : (next - old) / Math.abs(old) };
}

/**
 * Compares two tables on their key columns: the rows only in one of them, and the values that changed by more
 * than the tolerance (numbers) or at all (anything else). Rows with equal keys are added up first, so that a set
 * split over several files compares with one file. A table compared with itself has no drift.
 * @param old the earlier (baseline) table
 * @param next the newer table
 * @param options keys (default: non-numeric columns), values (default: the other shared columns), tolerance
 *   (default none)
 * @example
 * diffTables(may, june, { keys: ['category', 'outcome'], values: ['quantity'], tolerance: { relative: 0.1 } });
 */
export function diffTables(
  old: ColumnTable,
  next: ColumnTable,
  { keys, values, tolerance = {} }: DiffTablesOptions = {},
): TableDrift {
  const shared = old.columnNames().filter((n) => next.columnNames().includes(n));
  const keyNames = keys ?? shared.filter((n) => !(isNumeric(old, n) && isNumeric(next, n)));
  const valueNames = values ?? shared.filter((n) => !keyNames.includes(n));
  checkColumns(old, [...keyNames, ...valueNames], 'old');
  checkColumns(next, [...keyNames, ...valueNames], 'new');
  const a = collect(old, keyNames, valueNames).rows;
  const b = collect(next, keyNames, valueNames).rows;
  const drift: TableDrift = {
    keys: [...keyNames],
    values: [...valueNames],
    rows: { old: a.size, new: b.size, both: 0 },
    onlyOld: [],
    onlyNew: [],
    changed: [],
    withinTolerance: 0,
  };
  const sorted = (m: Side['rows']) => [...m.values()].sort((x, y) => compareKeys(x.key, y.key));
  for (const row of sorted(a)) {
    const other = b.get(JSON.stringify(row.key));
    if (!other) {
      drift.onlyOld.push(keyObject(keyNames, row.key));
      continue;
    }
    drift.rows.both++;
    valueNames.forEach((column, j) => {
      const [x, y] = [row.values[j], other.values[j]];
      if (x === y) return;
      if (typeof x === 'number' && typeof y === 'number' && isWithinTolerance(x, y, column, tolerance)) {
        drift.withinTolerance++;
        return;
      }
      drift.changed.push({ key: keyObject(keyNames, row.key), column, old: x, new: y, ...change(x, y) });
    });
  }
  for (const row of sorted(b)) {
    if (!a.has(JSON.stringify(row.key))) drift.onlyNew.push(keyObject(keyNames, row.key));
  }
  return drift;
}

/**
 * True when a table drift has rows on one side only or values changed beyond the tolerance.
 * @param drift a drift from {@link diffTables}
 * @example
 * if (hasTableDrift(diffTables(may, june))) process.exitCode = 1;
 */
export function hasTableDrift(drift: TableDrift): boolean {
  return drift.onlyOld.length > 0 || drift.onlyNew.length > 0 || drift.changed.length > 0;
}
