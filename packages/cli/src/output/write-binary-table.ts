import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { toParquet, toParquetPartitions, type ParquetColumnType } from '@sentry-offline/report';
import { describeFsError } from '../inputs/describe-fs-error.js';
import type { TableFormat } from './table-formats.js';

/** Options of {@link writeBinaryTable}. */
export interface WriteBinaryTableOptions {
  /** `parquet` or `arrow`; another format is a `cli.usage` error (it is not binary). */
  format: TableFormat;
  /** The file, or with `partition` the folder, relative to `cwd`; required (binary data never goes to stdout). */
  out: string | undefined;
  /** Folder relative paths are resolved against. */
  cwd: string;
  /** `day`: one Parquet file per kind and UTC day in the hive layout, under the folder `out` (default none). */
  partition?: 'day';
  /** The `kind=` folder name of a partitioned dataset: the table's name (default `'table'`). */
  kind?: string;
  /** Parquet column types (default: from the values; see `toParquet`). */
  types?: Readonly<Record<string, ParquetColumnType>>;
}

/**
 * Writes a binary file (its folder made if missing); a failure is `cli.outputFailed` naming the file as `shown`.
 * @param path the absolute path
 * @param bytes the file's bytes
 * @param shown the name in messages
 * @example
 * await writeOutputFile(resolve(cwd, 'out/a.parquet'), bytes, 'out/a.parquet');
 */
export async function writeOutputFile(path: string, bytes: Uint8Array, shown: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  } catch (error) {
    const { code, reason } = describeFsError(error);
    throw new SentryOfflineError('cli.outputFailed', `cannot write ${shown}: ${reason}`, {
      details: { file: shown, code },
      cause: error,
    });
  }
}

/**
 * Checks the options of a binary table output: a binary format (`--partition` only with Parquet), and a file or
 * folder to write it to (binary data never goes to stdout). Either missing is a `cli.usage` error.
 * @param format the table format
 * @param out the `--out` path (`-` or none: stdout)
 * @param partition `day` for a dataset by day (default none)
 * @example
 * checkBinaryOutput('parquet', options.out); // throws without --out
 */
export function checkBinaryOutput(
  format: TableFormat,
  out: string | undefined,
  partition?: 'day',
): asserts out is string {
  if ((partition && format !== 'parquet') || (format !== 'parquet' && format !== 'arrow')) {
    const what = partition ? `--partition ${partition}` : 'a binary table';
    throw new SentryOfflineError('cli.usage', `${what} needs --format parquet (not ${format})`);
  }
  if (out === undefined || out === '-') {
    throw new SentryOfflineError(
      'cli.usage',
      `--format ${format} writes a binary ${partition ? 'dataset' : 'file'}: give --out ${partition ? 'FOLDER' : 'FILE'}`,
    );
  }
}

/**
 * Writes a table as Parquet (`hyparquet-writer`) or an Arrow IPC file (arquero's `toArrowIPC`) to the file `out`, or with
 * `partition: 'day'` as Parquet files `<out>/kind=<kind>/day=<YYYY-MM-DD>/part-0.parquet` that DuckDB, Spark and
 * BigQuery read as one dataset. Binary data never goes to stdout: without `out` it is a `cli.usage` error.
 * @param table the table to write
 * @param options format, out, cwd, partition (default none), kind (default `'table'`)
 * @returns the files written, relative to `cwd` as given
 * @example
 * await writeBinaryTable(stats, { format: 'parquet', out: 'usage/', partition: 'day', kind: 'stats', cwd });
 */
export async function writeBinaryTable(
  table: ColumnTable,
  { format, out, cwd, partition, kind = 'table', types }: WriteBinaryTableOptions,
): Promise<string[]> {
  checkBinaryOutput(format, out, partition);
  if (partition) {
    const parts = toParquetPartitions(table, { kind, types });
    for (const part of parts)
      await writeOutputFile(resolve(cwd, out, part.path), part.bytes, join(out, part.path));
    return parts.map((part) => join(out, part.path));
  }
  await writeOutputFile(
    resolve(cwd, out),
    format === 'parquet' ? toParquet(table, { types }) : table.toArrowIPC({ format: 'file' }),
    out,
  );
  return [out];
}
