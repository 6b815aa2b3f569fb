import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import type { OutputStream } from '../context.js';
import { formatCell } from '../util/format-cell.js';
import { neutraliseFormula } from '../util/neutralise-formula.js';
import type { TableFormat } from './table-formats.js';
import { writeText } from './write-text.js';
import { renderTerminalTable } from './render-terminal-table.js';

/** Options of {@link writeTable}. */
export interface WriteTableOptions {
  /** Output format (default `"csv"`). */
  format?: TableFormat;
  /** Neutralise CSV cells a spreadsheet would run as a formula, per OWASP (default `true`). */
  neutraliseFormulas?: boolean;
  /** `table` format: longest cell shown before it is cut with `…` (default `60`). */
  maxWidth?: number;
}

/** Rows per chunk written: bounds memory for large tables while keeping writes few. */
const CHUNK_ROWS = 10_000;

const isoDate = (value: unknown): unknown =>
  value instanceof Date ? (Number.isNaN(value.getTime()) ? null : value.toISOString()) : value;

function jsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? String(value) : value;
}

async function writeCsv(table: ColumnTable, stream: OutputStream, neutralise: boolean): Promise<void> {
  const names = table.columnNames();
  const cell = neutralise ? (v: unknown) => neutraliseFormula(isoDate(v)) : isoDate;
  const format = Object.fromEntries(names.map((name) => [name, cell]));
  const rows = table.numRows();
  if (rows === 0) return writeText(stream, table.toCSV({ format }));
  for (let offset = 0; offset < rows; offset += CHUNK_ROWS) {
    await writeText(stream, table.toCSV({ format, offset, limit: CHUNK_ROWS, header: offset === 0 }));
  }
}

async function writeRows(table: ColumnTable, stream: OutputStream, ndjson: boolean): Promise<void> {
  const names = table.columnNames();
  const columns = names.map((name) => table.column(name)!);
  const indices = table.indices(true);
  let chunk = ndjson ? '' : '[';
  for (let i = 0; i < indices.length; i++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]] = columns[c].at(indices[i]) ?? null;
    const line = JSON.stringify(row, jsonReplacer);
    chunk += ndjson ? `${line}\n` : `${i === 0 ? '\n' : ',\n'}${line}`;
    if (chunk.length > 1 << 16) {
      await writeText(stream, chunk);
      chunk = '';
    }
  }
  await writeText(stream, ndjson ? chunk : `${chunk}${indices.length > 0 ? '\n' : ''}]\n`);
}

function toMarkdown(table: ColumnTable): string {
  const format = Object.fromEntries(table.columnNames().map((name) => [name, formatCell]));
  return table.toMarkdown({ format });
}

/**
 * Writes an arquero table to a stream: `csv` (arquero `toCSV`, dates as ISO-8601 UTC, formula cells neutralised
 * by default), `json` (an array of row objects, one per line), `ndjson` (one row object per line), `md`
 * (arquero `toMarkdown`) or `table` (an aligned terminal table, numbers right-aligned). Large tables are
 * written in chunks, waiting for the stream to drain.
 * @param table the table, in its current row order
 * @param stream where to write (`context.stdout` or an `openOutput` stream)
 * @param options format (default `"csv"`), neutraliseFormulas (default `true`), maxWidth (default `60`)
 * @example
 * await writeTable(aq.table({ project: ['web'], quantity: [12] }), context.stdout, { format: 'table' });
 */
export async function writeTable(
  table: ColumnTable,
  stream: OutputStream,
  { format = 'csv', neutraliseFormulas = true, maxWidth = 60 }: WriteTableOptions = {},
): Promise<void> {
  switch (format) {
    case 'csv':
      return writeCsv(table, stream, neutraliseFormulas);
    case 'json':
    case 'ndjson':
      return writeRows(table, stream, format === 'ndjson');
    case 'md':
      return writeText(stream, toMarkdown(table));
    case 'table':
      return writeText(stream, renderTerminalTable(table, { maxWidth }));
    case 'parquet':
    case 'arrow':
      throw new SentryOfflineError(
        'cli.usage',
        `--format ${format} is binary: write it to a file with --out FILE`,
      );
  }
}
