import type { ColumnTable } from 'arquero';
import type { CliContext } from '../context.js';
import type { TableFormat } from './table-formats.js';
import { writeBinaryTable } from './write-binary-table.js';

/**
 * Writes a report table as Parquet or an Arrow IPC file to `out` when one of those formats was asked for, and
 * says so on stderr; returns false (writing nothing) for the text formats, which the command writes itself.
 * @param table the report table
 * @param options format, out (required for the binary formats), kind (the table's name, for messages)
 * @param context the run's context
 * @example
 * if (!(await writeBinaryReport(report.rates, { format, out, kind: 'drops' }, context))) await writeTable(…);
 */
export async function writeBinaryReport(
  table: ColumnTable,
  { format, out, kind }: { format: TableFormat; out?: string; kind: string },
  context: CliContext,
): Promise<boolean> {
  if (format !== 'parquet' && format !== 'arrow') return false;
  await writeBinaryTable(table, { format, out, cwd: context.cwd, kind });
  context.stderr.write(`wrote ${table.numRows()} rows of table ${kind} to ${out}\n`);
  return true;
}
