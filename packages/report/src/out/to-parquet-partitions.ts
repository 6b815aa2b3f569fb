import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { timeOf } from '../util/time-of.js';
import { toParquet, type ToParquetOptions } from './to-parquet.js';

/** Options of {@link toParquetPartitions}. */
export interface ToParquetPartitionsOptions extends ToParquetOptions {
  /** The `kind=` folder: which table this is, e.g. `stats` or `frames` (default `'table'`). */
  kind?: string;
  /**
   * The time column whose UTC day names the `day=` folder (default: the first of `interval_start`,
   * `date_created`, `timestamp` the table has).
   */
  time?: string;
  /**
   * The number in the file names, `part-<part>.parquet` (default `0`): a table written in batches gives each batch
   * a number of its own, so that a day's rows from several batches are several files of one folder.
   */
  part?: number;
}

/** One Parquet file of a partitioned dataset. */
export interface ParquetPartition {
  /** Relative path in the hive layout: `kind=<kind>/day=<YYYY-MM-DD>/part-<part>.parquet`. */
  path: string;
  /** The day (UTC), or null for rows without a time (folder `day=__HIVE_DEFAULT_PARTITION__`). */
  day: string | null;
  rows: number;
  bytes: Uint8Array;
}

const TIME_COLUMNS = ['interval_start', 'date_created', 'timestamp'];
const NULL_PARTITION = '__HIVE_DEFAULT_PARTITION__';

function partitionError(message: string, details: Record<string, unknown>): SentryOfflineError {
  return new SentryOfflineError('report.invalidPartition', message, { details });
}

/**
 * Splits a table by UTC day into Parquet files in the hive layout that DuckDB (`read_parquet('out/**', hive_partitioning
 * = true)`), Spark and BigQuery read as one dataset: `kind=<kind>/day=<YYYY-MM-DD>/part-0.parquet` (`part` numbers
 * it otherwise), days in order.
 * The files keep every column; `kind` and `day` come from the folder names. Returns paths and bytes: writing them is
 * the caller's job (the CLI's `--partition day`).
 * @param table a tidy table with a time column
 * @param options kind (default `'table'`), time (default `interval_start`, `date_created` or `timestamp`), part
 *   (default `0`), types (default: from the values), codec
 *   (default `'SNAPPY'`)
 * @example
 * for (const part of toParquetPartitions(stats, { kind: 'stats' })) writeFile(join(out, part.path), part.bytes);
 */
export function toParquetPartitions(
  table: ColumnTable,
  { kind = 'table', time, part: number = 0, ...options }: ToParquetPartitionsOptions = {},
): ParquetPartition[] {
  const names = table.columnNames();
  const column = time ?? TIME_COLUMNS.find((n) => names.includes(n));
  if (column === undefined || !names.includes(column)) {
    throw partitionError(
      `cannot partition by day: no time column ${time ? `"${time}"` : `(${TIME_COLUMNS.join(', ')})`} (have: ${names.join(', ')})`,
      { have: names },
    );
  }
  if (!/^[\w.-]+$/.test(kind)) {
    throw partitionError(`partition kind "${kind}" is not a folder name (letters, digits, . _ -)`, { kind });
  }
  const values = table.array(column) as ArrayLike<unknown>;
  const rowsByDay = new Map<string | null, number[]>();
  for (let i = 0; i < values.length; i++) {
    const ms = values[i] === null || values[i] === undefined ? NaN : timeOf(values[i]);
    const day = Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
    const list = rowsByDay.get(day) ?? [];
    list.push(i);
    rowsByDay.set(day, list);
  }
  const days = [...rowsByDay.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
  const ordered = table.reify();
  return days.map((day) => {
    const rows = rowsByDay.get(day)!;
    const part = ordered.reify(rows);
    return {
      path: `kind=${kind}/day=${day ?? NULL_PARTITION}/part-${number}.parquet`,
      day,
      rows: rows.length,
      bytes: toParquet(part, options),
    };
  });
}
