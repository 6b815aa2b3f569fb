import type { ColumnTable } from 'arquero';
import { createParquetStream, type ParquetColumnType } from '@sentry-offline/report';
import { SentryOfflineError } from '@sentry-offline/schema';
import type { CliContext } from '../context.js';
import { openOutput } from './open-output.js';
import type { TableFormat } from './table-formats.js';
import { createTableWriter } from './write-table.js';

/** The formats {@link openTableSink} writes a batch at a time. */
export const BATCHED_FORMATS: readonly TableFormat[] = ['csv', 'json', 'ndjson', 'parquet'];

/** One table written as its batches come, to stdout or a file. */
export interface TableSink {
  /** Writes a batch's rows (the same columns each time), waiting for the output to take them. */
  write(table: ColumnTable): Promise<void>;
  /** Ends the table and the file; returns how many rows were written. */
  close(): Promise<number>;
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
}

/**
 * Opens the output of a table too large to hold whole: CSV, JSON and NDJSON go to stdout or `out` as text, Parquet
 * to the file `out` a row group at a time; either way the batches make the same output as the whole table would.
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
  { format, out, neutraliseFormulas, types }: TableSinkOptions,
): Promise<TableSink> {
  if (format === 'parquet' && (out === undefined || out === '-')) {
    throw new SentryOfflineError('cli.usage', '--format parquet writes a binary file: give --out FILE');
  }
  const output = await openOutput(context, out);
  if (format === 'parquet') {
    const parquet = createParquetStream((bytes) => output.writeBytes(bytes), { types });
    return {
      write: (table) => parquet.write(table),
      async close() {
        await parquet.finish();
        await output.close();
        return parquet.rows;
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
      return writer.rows;
    },
    discard: () => output.discard(),
  };
}
