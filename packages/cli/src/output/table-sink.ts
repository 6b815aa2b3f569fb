import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ColumnTable } from 'arquero';
import { createParquetStream, toParquetPartitions, type ParquetColumnType } from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import { openOutput } from './open-output.js';
import { checkBinaryOutput, writeOutputFile } from './write-binary-table.js';
import type { TableFormat } from './table-formats.js';
import { createTableWriter } from './write-table.js';

/** The formats {@link openTableSink} writes a batch at a time. */
export const BATCHED_FORMATS: readonly TableFormat[] = ['csv', 'json', 'ndjson', 'parquet'];

/** One table written as its batches come, to stdout or a file. */
export interface TableSink {
  /** Writes a batch's rows (the same columns each time), waiting for the output to take them. */
  write(table: ColumnTable): Promise<void>;
  /** Ends the table and the file; returns how many rows were written, and where (for the message). */
  close(): Promise<{ rows: number; where: string }>;
  /** Closes and removes the file of a run that failed after some batches were written (stdout cannot be). */
  discard(): Promise<void>;
}

/** Options of {@link openTableSink}. */
export interface TableSinkOptions {
  /** One of {@link BATCHED_FORMATS}. */
  format: TableFormat;
  /** The file (default: stdout; `parquet` needs one). */
  out?: string;
  /** CSV: neutralise cells a spreadsheet would run as a formula (default `true`). */
  neutraliseFormulas?: boolean;
  /** Parquet: the type of each column, so that a batch whose column is all null still writes its type. */
  types?: Readonly<Record<string, ParquetColumnType>>;
  /**
   * Parquet: `day` writes a dataset by UTC day under the folder `out`, each batch its own files
   * (`kind=<kind>/day=<date>/part-<batch>.parquet`) (default none).
   */
  partition?: 'day';
  /** With `partition`: the `kind=` folder, the table's name (default `'table'`). */
  kind?: string;
}

/** A Parquet dataset by day, a batch at a time: each batch's rows of each day are a file of that day's folder. */
function partitionSink(context: CliContext, out: string, kind: string, types: TableSinkOptions['types']) {
  const written: string[] = [];
  let rows = 0;
  let batch = 0;
  return {
    async write(table: ColumnTable) {
      for (const part of toParquetPartitions(table, { kind, types, part: batch })) {
        written.push(resolve(context.cwd, out, part.path));
        await writeOutputFile(written[written.length - 1], part.bytes, join(out, part.path));
      }
      batch++;
      rows += table.numRows();
    },
    close: async () => ({ rows, where: `${written.length} files under ${out}` }),
    async discard() {
      for (const path of written) await rm(path, { force: true });
    },
  };
}

/**
 * Opens the output of a table too large to hold whole: CSV, JSON and NDJSON go to stdout or `out` as text, Parquet
 * to the file `out` a row group at a time; either way the batches make the same output as the whole table would.
 * With `partition: 'day'`, Parquet goes to a dataset under the folder `out`, each batch's rows of a day in a file
 * of their own (one batch: the files the whole table makes).
 * @param context the run's context
 * @param options format, out (default stdout), neutraliseFormulas (default `true`), types (default: from the
 *   first batch's values)
 * @example
 * const sink = await openTableSink(context, { format: 'parquet', out: 'frames.parquet', types });
 * await sink.write(batch);
 * const rows = await sink.close();
 */
export async function openTableSink(
  context: CliContext,
  { format, out, neutraliseFormulas, types, partition, kind = 'table' }: TableSinkOptions,
): Promise<TableSink> {
  if (format === 'parquet' || partition) checkBinaryOutput(format, out, partition);
  if (partition) return partitionSink(context, out!, kind, types);
  const output = await openOutput(context, out);
  if (format === 'parquet') {
    const parquet = createParquetStream((bytes) => output.writeBytes(bytes), { types });
    return {
      write: (table) => parquet.write(table),
      async close() {
        await parquet.finish();
        await output.close();
        return { rows: parquet.rows, where: out! };
      },
      discard: () => output.discard(),
    };
  }
  const writer = createTableWriter(output.stream, { format, neutraliseFormulas });
  return {
    write: (table) => writer.write(table),
    async close() {
      await writer.end();
      await output.close();
      return { rows: writer.rows, where: out ?? 'stdout' };
    },
    discard: () => output.discard(),
  };
}
