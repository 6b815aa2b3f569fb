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

/** A writer of one table in a text format, given its rows as a series of tables (batches of one table). */
export interface TableWriter {
  /** Writes a table's rows (the same columns each time), waiting for the stream to drain. */
  write(table: ColumnTable): Promise<void>;
  /** Writes what closes the table: a CSV header when no row came, the end of a JSON array. */
  end(): Promise<void>;
  /** Rows written so far. */
  readonly rows: number;
}

function csvWriter(stream: OutputStream, neutralise: boolean): TableWriter {
  const cell = neutralise ? (v: unknown) => neutraliseFormula(isoDate(v)) : isoDate;
  let rows = 0;
  let empty: ColumnTable | null = null;
  return {
    async write(table) {
      const format = Object.fromEntries(table.columnNames().map((name) => [name, cell]));
      empty ??= table.slice(0, 0);
      for (let offset = 0; offset < table.numRows(); offset += CHUNK_ROWS) {
        const header = rows === 0;
        const limit = Math.min(CHUNK_ROWS, table.numRows() - offset);
        await writeText(stream, table.toCSV({ format, offset, limit, header }));
        rows += limit;
      }
    },
    // a table without rows is its header alone
    end: async () => (rows === 0 && empty !== null ? writeText(stream, empty.toCSV()) : undefined),
    get rows() {
      return rows;
    },
  };
}

function rowWriter(stream: OutputStream, ndjson: boolean): TableWriter {
  let rows = 0;
  return {
    async write(table) {
      const names = table.columnNames();
      const columns = names.map((name) => table.column(name)!);
      const indices = table.indices(true);
      let chunk = '';
      for (let i = 0; i < indices.length; i++) {
        const row: Record<string, unknown> = {};
        for (let c = 0; c < names.length; c++) row[names[c]] = columns[c].at(indices[i]) ?? null;
        const line = JSON.stringify(row, jsonReplacer);
        chunk += ndjson ? `${line}\n` : `${rows === 0 ? '[\n' : ',\n'}${line}`;
        rows++;
        if (chunk.length > 1 << 16) {
          await writeText(stream, chunk);
          chunk = '';
        }
      }
      await writeText(stream, chunk);
    },
    end: async () => (ndjson ? undefined : writeText(stream, rows === 0 ? '[]\n' : '\n]\n')),
    get rows() {
      return rows;
    },
  };
}

/**
 * A writer of one table as `csv` (arquero `toCSV`, dates as ISO-8601 UTC, formula cells neutralised unless
 * `neutraliseFormulas` is false), `json` (an array of row objects, one per line) or `ndjson`, given as a series of
 * tables: the batches of a table too large to hold (`tidy` of a million events) make the same text as the whole
 * table would.
 * @param stream where to write
 * @param options format (`csv`, `json` or `ndjson`; another is a `cli.usage` error), neutraliseFormulas (default
 *   `true`)
 * @example
 * const writer = createTableWriter(output.stream, { format: 'csv' });
 * for (const batch of batches) await writer.write(batch);
 * await writer.end();
 */
export function createTableWriter(
  stream: OutputStream,
  { format, neutraliseFormulas = true }: { format: TableFormat; neutraliseFormulas?: boolean },
): TableWriter {
  if (format === 'csv') return csvWriter(stream, neutraliseFormulas);
  if (format === 'json' || format === 'ndjson') return rowWriter(stream, format === 'ndjson');
  throw new SentryOfflineError('cli.usage', `--format ${format} is not written a batch at a time`);
}

async function writeWhole(table: ColumnTable, writer: TableWriter): Promise<void> {
  await writer.write(table);
  await writer.end();
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
    case 'json':
    case 'ndjson':
      return writeWhole(table, createTableWriter(stream, { format, neutraliseFormulas }));
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
