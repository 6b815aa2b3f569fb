import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { ByteWriter, ParquetWriter, schemaFromColumnData, type ColumnSource } from 'hyparquet-writer';

/**
 * The type a column is declared as: `string` (UTF-8 text), `integer` (INT64), `number` (DOUBLE), `boolean`,
 * `date` (a UTC TIMESTAMP in milliseconds) or `json` (any value, written as its JSON text). Every cell may be null.
 */
export type ParquetColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'json';

/** Options of {@link toParquet} and {@link createParquetStream}. */
export interface ToParquetOptions {
  /** Compression of the column chunks (default `'SNAPPY'`, which every Parquet reader knows). */
  codec?: 'SNAPPY' | 'UNCOMPRESSED';
  /**
   * The type of some or all columns (default: each column's type follows its values). Declare them when the
   * values cannot tell: a column that is all null is otherwise `STRING`, and one batch of a stream may hold only
   * nulls where the next holds numbers. A value that does not fit its column's type is a `report.parquetType`
   * error.
   */
  types?: Readonly<Record<string, ParquetColumnType>>;
}

type ParquetType = 'BOOLEAN' | 'INT64' | 'DOUBLE' | 'STRING' | 'TIMESTAMP' | 'JSON';

const DECLARED: Record<ParquetColumnType, ParquetType> = {
  string: 'STRING',
  integer: 'INT64',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'TIMESTAMP',
  json: 'JSON',
};

function valueType(v: unknown): ParquetType {
  if (v instanceof Date) return 'TIMESTAMP';
  if (typeof v === 'boolean') return 'BOOLEAN';
  if (typeof v === 'string') return 'STRING';
  if (typeof v === 'bigint') return 'INT64';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'INT64' : 'DOUBLE';
  return 'JSON';
}

/** The Parquet type of a column from its values: one type for all non-null values, else JSON text. */
function typeOf(values: ArrayLike<unknown>): ParquetType {
  let type: ParquetType | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const t = valueType(v);
    if (type === null || type === t) type = t;
    else if ((type === 'INT64' && t === 'DOUBLE') || (type === 'DOUBLE' && t === 'INT64')) type = 'DOUBLE';
    else return 'JSON';
  }
  return type ?? 'STRING';
}

/** The Parquet type a column is written as (mixed or nested values as JSON text). */
const written = (type: ParquetType) => (type === 'JSON' ? 'STRING' : type);

/**
 * A column's values in the table's row order: its own array when the table is neither filtered nor ordered and
 * holds it as an array (most tables built here), else a copy (`table.array`; a copy of each column of 1.47M frame
 * rows was 190 MB more).
 */
function values(table: ColumnTable, name: string): ArrayLike<unknown> {
  const column: unknown = table.column(name);
  const own =
    !table.isFiltered() && !table.isOrdered() && (Array.isArray(column) || ArrayBuffer.isView(column));
  return own ? (column as ArrayLike<unknown>) : (table.array(name) as ArrayLike<unknown>);
}

function misfit(name: string, type: ParquetType, value: unknown): SentryOfflineError {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return new SentryOfflineError(
    'report.parquetType',
    `column ${name} is written as ${type}, but holds ${shown} (${typeof value})`,
    { details: { column: name, type, value: shown } },
  );
}

const FITS: Record<ParquetType, (v: unknown) => boolean> = {
  STRING: (v) => typeof v === 'string',
  BOOLEAN: (v) => typeof v === 'boolean',
  DOUBLE: (v) => typeof v === 'number',
  INT64: (v) => typeof v === 'bigint' || Number.isSafeInteger(v),
  TIMESTAMP: (v) => v instanceof Date,
  JSON: () => true,
};

/** One value as the writer takes it: null for a missing value, JSON text, a bigint; a misfit throws. */
function convert(name: string, type: ParquetType, v: unknown): unknown {
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return null;
  if (!FITS[type](v)) throw misfit(name, type, v);
  if (type === 'JSON') return JSON.stringify(v);
  if (type === 'INT64' && typeof v === 'number') return BigInt(v);
  if (type === 'TIMESTAMP' && Number.isNaN((v as Date).getTime())) return null;
  return v;
}

/** The rows of the first row group (a reader sees the first rows at once), then of each after it. */
const FIRST_GROUP = 1000;
const GROUP = 100_000;

/**
 * The core of both writers: takes tables (the same columns each time) and writes a row group each time 1,000
 * rows, then 100,000, have come, converting the values one row group at a time, so that writing takes little
 * memory beyond the tables' own (converting whole columns at once took about four times the table: 1.47M frame
 * rows, 1.6 GB). Each step yields what the writer's `flush` returned: a stream waits for it.
 */
class RowGroups {
  private readonly names: string[];
  private readonly types: ParquetType[];
  private readonly parquet: ParquetWriter;
  private pending: unknown[][];
  private groups = 0;
  /** Rows converted and waiting for their row group. */
  private held = 0;
  /** Rows written in row groups. */
  rows = 0;

  constructor(first: ColumnTable, writer: ByteWriter, { codec = 'SNAPPY', types = {} }: ToParquetOptions) {
    this.names = first.columnNames();
    this.types = this.names.map((name) => {
      const declared = types[name];
      return declared === undefined ? typeOf(values(first, name)) : DECLARED[declared];
    });
    const schema = schemaFromColumnData({
      columnData: this.names.map((name, i) => ({
        name,
        data: [],
        type: written(this.types[i]),
        nullable: true,
      })),
    });
    this.parquet = new ParquetWriter({ writer, schema, codec });
    this.pending = this.names.map(() => []);
  }

  *add(table: ColumnTable): Generator<void | Promise<void>> {
    const names = table.columnNames();
    if (names.join('\0') !== this.names.join('\0')) {
      throw new SentryOfflineError(
        'report.parquetColumns',
        `a Parquet file holds one set of columns: ${this.names.join(', ')}; this table has ${names.join(', ')}`,
        { details: { columns: this.names, given: names } },
      );
    }
    const columns = this.names.map((name) => values(table, name));
    const total = table.numRows();
    for (let from = 0; from < total;) {
      const size = this.groups === 0 ? FIRST_GROUP : GROUP;
      const to = Math.min(total, from + size - this.held);
      for (let c = 0; c < columns.length; c++) {
        const [name, type, source, target] = [this.names[c], this.types[c], columns[c], this.pending[c]];
        for (let i = from; i < to; i++) target.push(convert(name, type, source[i]));
      }
      this.held += to - from;
      from = to;
      if (this.held === size) yield this.flush();
    }
  }

  /** Writes the rows pending as one row group (none when there are none). */
  flush(): void | Promise<void> {
    const rows = this.held;
    if (rows === 0) return;
    this.held = 0;
    const columnData = this.names.map((name, c) => ({ name, data: this.pending[c] as ColumnSource['data'] }));
    this.pending = this.names.map(() => []);
    this.groups++;
    this.rows += rows;
    return this.parquet.write({ columnData, rowGroupSize: rows });
  }

  finish(): void | Promise<void> {
    return this.parquet.finish();
  }
}

/**
 * Writes a table as an Apache Parquet file (with `hyparquet-writer`), returned as bytes, for DuckDB, Spark,
 * BigQuery, pandas or polars. Types follow the values unless declared (`types`): dates are `TIMESTAMP`
 * (milliseconds, UTC), whole numbers `INT64`, other numbers `DOUBLE`, text `STRING` (UTF-8), booleans `BOOLEAN`;
 * a column of mixed or nested values is written as JSON text; every column is nullable, and an all-null column is
 * `STRING`. The rows go in row groups of 1,000, then 100,000 each, converted one group at a time. For a table too
 * large to hold, see {@link createParquetStream}.
 * @param table the table, in its current row order (filters applied)
 * @param options codec (default `'SNAPPY'`), types (default: from the values)
 * @example
 * const bytes = toParquet(tidyStatsV2(payload)); // then fs.writeFileSync('stats.parquet', bytes) in Node
 */
export function toParquet(table: ColumnTable, options: ToParquetOptions = {}): Uint8Array {
  const writer = new ByteWriter();
  const groups = new RowGroups(table, writer, options);
  for (const step of groups.add(table)) void step;
  void groups.flush();
  void groups.finish();
  return new Uint8Array(writer.getBuffer());
}

/** A Parquet file written as its rows come: see {@link createParquetStream}. */
export interface ParquetStream {
  /** Adds a table's rows (the same columns, in the same order, each time); full row groups go to `sink`. */
  write(table: ColumnTable): Promise<void>;
  /** Writes the last row group and the footer; the file is then whole. */
  finish(): Promise<void>;
  /** Rows written so far (in row groups sent to the sink). */
  readonly rows: number;
}

/**
 * Writes a Parquet file whose rows come as a series of tables — batches of a table too large to hold, such as the
 * frames of a million events — handing the file's bytes to `sink` a row group at a time (1,000 rows, then
 * 100,000 each), and waiting for the sink when it returns a promise. Tables given in turn make the same bytes
 * as {@link toParquet} of them stacked, when the column types are the same: declare `types`, because the types of
 * columns not declared are read from the first table alone.
 * @param sink takes each piece of the file, in order (write it to a file, or keep it)
 * @param options codec (default `'SNAPPY'`), types (default: from the first table's values)
 * @example
 * const file = fs.createWriteStream('frames.parquet');
 * const out = createParquetStream((bytes) => void file.write(bytes), { types: builder.types.frames });
 * for await (const batch of batches) await out.write(batch);
 * await out.finish();
 */
export function createParquetStream(
  sink: (bytes: Uint8Array) => void | Promise<void>,
  options: ToParquetOptions = {},
): ParquetStream {
  const writer = new ByteWriter();
  // hyparquet-writer calls flush after each row group: the bytes so far go to the sink, and the buffer starts again
  const flush = () => {
    const bytes = writer.getBytes().slice();
    writer.index = 0;
    return sink(bytes);
  };
  Object.assign(writer, { flush });
  let groups: RowGroups | null = null;
  return {
    async write(table) {
      groups ??= new RowGroups(table, writer, options);
      for (const step of groups.add(table)) await step;
    },
    async finish() {
      if (groups === null)
        throw new SentryOfflineError('report.parquetColumns', 'a Parquet file needs a table');
      await groups.flush();
      await groups.finish();
      await flush();
    },
    get rows() {
      return groups?.rows ?? 0;
    },
  };
}
