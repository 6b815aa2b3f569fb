import type { ColumnTable } from 'arquero';
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';

/** Options of {@link toParquet}. */
export interface ToParquetOptions {
  /** Compression of the column chunks (default `'SNAPPY'`, which every Parquet reader knows). */
  codec?: 'SNAPPY' | 'UNCOMPRESSED';
}

type ParquetType = 'BOOLEAN' | 'INT64' | 'DOUBLE' | 'STRING' | 'TIMESTAMP' | 'JSON';

function valueType(v: unknown): ParquetType {
  if (v instanceof Date) return 'TIMESTAMP';
  if (typeof v === 'boolean') return 'BOOLEAN';
  if (typeof v === 'string') return 'STRING';
  if (typeof v === 'bigint') return 'INT64';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'INT64' : 'DOUBLE';
  return 'JSON';
}

/** The Parquet type of a column from its values: one type for all non-null values, else JSON text. */
function typeOf(values: readonly unknown[]): ParquetType {
  let type: ParquetType | null = null;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const t = valueType(v);
    if (type === null || type === t) type = t;
    else if ((type === 'INT64' && t === 'DOUBLE') || (type === 'DOUBLE' && t === 'INT64')) type = 'DOUBLE';
    else return 'JSON';
  }
  return type ?? 'STRING';
}

function column(name: string, values: unknown[]): ColumnSource {
  const type = typeOf(values);
  const data = values.map((v) => {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return null;
    if (type === 'JSON') return JSON.stringify(v);
    return type === 'INT64' ? BigInt(v as number | bigint) : v;
  });
  return {
    name,
    data: data as ColumnSource['data'],
    type: type === 'JSON' ? 'STRING' : type,
    nullable: true,
  };
}

/**
 * Writes a table as an Apache Parquet file (with `hyparquet-writer`), returned as bytes, for DuckDB, Spark,
 * BigQuery, pandas or polars. Types follow the values: dates are `TIMESTAMP` (milliseconds, UTC), whole numbers
 * `INT64`, other numbers `DOUBLE`, text `STRING` (UTF-8), booleans `BOOLEAN`; a column of mixed or nested values
 * is written as JSON text; every column is nullable, and an all-null column is `STRING`.
 * @param table the table, in its current row order (filters applied)
 * @param options codec (default `'SNAPPY'`)
 * @example
 * const bytes = toParquet(tidyStatsV2(payload)); // then fs.writeFileSync('stats.parquet', bytes) in Node
 */
export function toParquet(table: ColumnTable, { codec = 'SNAPPY' }: ToParquetOptions = {}): Uint8Array {
  const columns = table
    .columnNames()
    .map((name) => column(name, Array.from(table.array(name) as ArrayLike<unknown>)));
  return new Uint8Array(parquetWriteBuffer({ columnData: columns, codec }));
}
