import type { ColumnTable } from 'arquero';
import type { ParquetColumnType } from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import type { TableFormat } from './table-formats.js';
import { writeBinaryTable } from './write-binary-table.js';

/**
 * Writes a report table as Parquet or an Arrow IPC file to `out` when one of those formats was asked for, and
 * says so on stderr; returns false (writing nothing) for the text formats, which the command writes itself.
 * @param table the report table
 * @param options format, out (required for the binary formats), kind (the table's name: messages and the
 *   `kind=` folder), partition (default none: `'day'` writes a Parquet dataset by UTC day), types (default: from
 *   the values: Parquet column types, see `toParquet`)
 * @param context the run's context
 * @example
 * if (!(await writeBinaryReport(report.rates, { format, out, kind: 'drops' }, context))) await writeTable(…);
 */
export async function writeBinaryReport(
  table: ColumnTable,
  {
    format,
    out,
    kind,
    partition,
    types,
  }: {
    format: TableFormat;
    out?: string;
    kind: string;
    partition?: 'day';
    types?: Readonly<Record<string, ParquetColumnType>>;
  },
  context: CliContext,
): Promise<boolean> {
  // --partition with a text format goes on to writeBinaryTable, whose usage error says it needs parquet
  if (format !== 'parquet' && format !== 'arrow' && !partition) return false;
  const written = await writeBinaryTable(table, { format, out, cwd: context.cwd, kind, partition, types });
  const where = partition ? `${written.length} files under ${out}` : out;
  context.stderr.write(`wrote ${table.numRows()} rows of table ${kind} to ${where}\n`);
  return true;
}
