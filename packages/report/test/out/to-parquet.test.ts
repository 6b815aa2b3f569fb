import * as aq from 'arquero';
import { tableFromIPC } from 'apache-arrow';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { SentryOfflineError } from '@sentry-offline/schema';
import { createParquetStream, toParquet, toParquetPartitions } from '../../src/index.js';
import { usageTable } from '../render/report-input.js';

const buffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Rows read back with hyparquet, an independent reader; INT64 comes back as bigint and is made a number. */
async function readBack(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
  const rows = await parquetReadObjects({ file: buffer(bytes) });
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
  );
}

describe('toParquet', () => {
  it('round-trips a tidy stats table: same rows, dates as UTC timestamps, counts as INT64', async () => {
    const table = usageTable();
    const bytes = toParquet(table);
    expect(await readBack(bytes)).toEqual(table.objects());
    const types = Object.fromEntries(
      parquetSchema(parquetMetadata(buffer(bytes))).children.map((c) => [c.element.name, c.element.type]),
    );
    expect(types).toEqual({
      project: 'BYTE_ARRAY',
      category: 'BYTE_ARRAY',
      outcome: 'BYTE_ARRAY',
      reason: 'BYTE_ARRAY',
      interval_start: 'INT64',
      interval_end: 'INT64',
      quantity: 'INT64',
      unit: 'BYTE_ARRAY',
    });
  });

  it('keeps nulls, fractions, booleans, all-null columns and nested values (as JSON text)', async () => {
    const table = aq.table({
      a: [null, 'x'],
      rate: [0.25, null],
      in_app: [true, null],
      none: [null, null],
      mixed: [1, 'one'],
    });
    expect(await readBack(toParquet(table))).toEqual([
      { a: null, rate: 0.25, in_app: true, none: null, mixed: '1' },
      { a: 'x', rate: null, in_app: null, none: null, mixed: '"one"' },
    ]);
  });

  it('writes a large table a row group at a time (1,000 rows, then 100,000 each), every value in place', async () => {
    // 250,500 rows: groups of 1,000, 100,000, 100,000 and 49,500; a typed-array column and a column of mixed values
    const n = 250_500;
    const table = aq.table({
      i: Int32Array.from({ length: n }, (_, k) => k),
      name: Array.from({ length: n }, (_, k) => (k % 7 === 0 ? null : `f${k % 1000}`)),
      mixed: Array.from({ length: n }, (_, k) => (k === n - 1 ? 'last' : k)),
    });
    const bytes = toParquet(table);
    const groups = parquetMetadata(buffer(bytes)).row_groups.map((g) => Number(g.num_rows));
    expect(groups).toEqual([1000, 100_000, 100_000, 49_500]);
    const rows = await readBack(bytes);
    expect(rows.length).toBe(n);
    for (const k of [0, 999, 1000, 100_999, 101_000, 200_999, 201_000, n - 2, n - 1])
      expect([k, rows[k]]).toEqual([
        k,
        { i: k, name: k % 7 === 0 ? null : `f${k % 1000}`, mixed: k === n - 1 ? '"last"' : String(k) },
      ]);
  });

  it('writes declared types, whatever the values say, and names the column of a value that does not fit', async () => {
    const table = aq.table({
      lineno: [null, null],
      in_app: [null, true],
      at: [null, new Date(Date.UTC(2026, 0, 2))],
    });
    const bytes = toParquet(table, { types: { lineno: 'integer', in_app: 'boolean' } });
    const schema = parquetSchema(parquetMetadata(buffer(bytes))).children.map((c) => c.element.type);
    // lineno is all null: INT64 only because it is declared so (undeclared, it would be BYTE_ARRAY text)
    expect(schema).toEqual(['INT64', 'BOOLEAN', 'INT64']);
    expect(await readBack(bytes)).toEqual([
      { lineno: null, in_app: null, at: null },
      { lineno: null, in_app: true, at: new Date(Date.UTC(2026, 0, 2)) },
    ]);
    const misfit = aq.table({ lineno: [3, 3.5] });
    expect(() => toParquet(misfit, { types: { lineno: 'integer' } })).toThrow(
      expect.objectContaining({
        code: 'report.parquetType',
        message: 'column lineno is written as INT64, but holds 3.5 (number)',
      }),
    );
  });

  it('writes the rows in the table’s current order and filter', async () => {
    const table = usageTable()
      .filter((d: { category: string }) => d.category === 'attachment')
      .orderby(aq.desc('quantity'));
    expect((await readBack(toParquet(table))).map((r) => r.quantity)).toEqual([3000, 1000, 1000]);
  });
});

describe('toParquetPartitions', () => {
  it('splits by UTC day into the hive layout, each file holding that day’s rows', async () => {
    const hour = (d: number, h: number) => new Date(Date.UTC(2026, 10, d, h));
    const table = aq.table({
      date_created: [hour(21, 23), hour(20, 1), null, hour(21, 0)],
      event_id: ['b', 'a', 'n', 'c'],
    });
    const parts = toParquetPartitions(table, { kind: 'events' });
    expect(parts.map((p) => [p.path, p.day, p.rows])).toEqual([
      ['kind=events/day=2026-11-20/part-0.parquet', '2026-11-20', 1],
      ['kind=events/day=2026-11-21/part-0.parquet', '2026-11-21', 2],
      ['kind=events/day=__HIVE_DEFAULT_PARTITION__/part-0.parquet', null, 1],
    ]);
    expect((await readBack(parts[1].bytes)).map((r) => r.event_id)).toEqual(['b', 'c']);
    // a batch of a larger table names its files with its own number
    expect(toParquetPartitions(table, { kind: 'events', part: 3 }).map((p) => p.path.split('/')[2])).toEqual([
      'part-3.parquet',
      'part-3.parquet',
      'part-3.parquet',
    ]);
  });

  it('refuses a table without a time column, and a kind that is not a folder name', () => {
    const noTime = aq.table({ a: [1] });
    expect(() => toParquetPartitions(noTime)).toThrow(SentryOfflineError);
    expect(() => toParquetPartitions(noTime)).toThrow(
      expect.objectContaining({ code: 'report.invalidPartition' }),
    );
    expect(() => toParquetPartitions(usageTable(), { kind: '../x' })).toThrow(
      expect.objectContaining({ code: 'report.invalidPartition' }),
    );
  });
});

describe('arquero toArrowIPC (the Arrow output)', () => {
  it('round-trips a tidy stats table through apache-arrow', () => {
    const table = usageTable();
    const back = tableFromIPC(table.toArrowIPC());
    const rows = back.toArray().map((r) => r.toJSON() as Record<string, unknown>);
    expect(
      rows.map((r) => ({
        ...r,
        interval_start: new Date(r.interval_start as number),
        interval_end: new Date(r.interval_end as number),
      })),
    ).toEqual(table.objects());
  });
});

describe('createParquetStream', () => {
  const n = 250_500;
  // a column whose first rows are all null, and one whose first rows are whole numbers and last one is text
  const big = () =>
    aq.table({
      i: Int32Array.from({ length: n }, (_, k) => k),
      lineno: Array.from({ length: n }, (_, k) => (k < 90_000 ? null : k)),
      mixed: Array.from({ length: n }, (_, k) => (k === n - 1 ? 'last' : k)),
    });

  async function streamed(table: aq.ColumnTable, batch: number, options = {}) {
    const pieces: Uint8Array[] = [];
    const out = createParquetStream(async (bytes) => {
      await new Promise((done) => setTimeout(done, 0)); // a slow sink: the stream waits for each piece
      pieces.push(bytes);
    }, options);
    for (let at = 0; at < table.numRows(); at += batch) await out.write(table.slice(at, at + batch));
    await out.finish();
    return { bytes: new Uint8Array(Buffer.concat(pieces)), pieces: pieces.length, rows: out.rows };
  }

  it('writes tables given in turn as the same bytes as toParquet of them stacked, a row group at a time', async () => {
    const table = big();
    const types = { lineno: 'integer', mixed: 'json' } as const;
    const { bytes, pieces, rows } = await streamed(table, 77_777, { types });
    expect(rows).toBe(n);
    expect(Buffer.from(bytes).equals(Buffer.from(toParquet(table, { types })))).toBe(true);
    // groups of 1,000, 100,000, 100,000 and 49,500, whatever the batches: a piece per group, then the footer
    expect(parquetMetadata(buffer(bytes)).row_groups.map((g) => Number(g.num_rows))).toEqual([
      1000, 100_000, 100_000, 49_500,
    ]);
    expect(pieces).toBe(5);
    const back = await readBack(bytes);
    for (const k of [0, 89_999, 90_000, 155_554, n - 2, n - 1])
      expect(back[k]).toEqual({
        i: k,
        lineno: k < 90_000 ? null : k,
        mixed: k === n - 1 ? '"last"' : String(k),
      });
  });

  it('reads undeclared types from the first table alone, so a later value that does not fit is an error', async () => {
    // the first 50,000 rows of lineno are all null, so lineno is text; row 90,000 holds a number
    await expect(streamed(big(), 50_000)).rejects.toThrow(
      expect.objectContaining({
        code: 'report.parquetType',
        details: expect.objectContaining({ column: 'lineno' }),
      }),
    );
  });

  it('refuses a table whose columns differ from the first, and a file of no table', async () => {
    const out = createParquetStream(() => {});
    await out.write(aq.table({ a: [1] }));
    await expect(out.write(aq.table({ b: [1] }))).rejects.toThrow(
      expect.objectContaining({ code: 'report.parquetColumns' }),
    );
    await expect(createParquetStream(() => {}).finish()).rejects.toThrow(
      expect.objectContaining({ code: 'report.parquetColumns' }),
    );
  });

  it('writes a table without rows as a file of no rows, with its columns', async () => {
    const pieces: Uint8Array[] = [];
    const out = createParquetStream((bytes) => void pieces.push(bytes), { types: { a: 'integer' } });
    await out.write(aq.table({ a: [] as number[] }));
    await out.finish();
    const bytes = new Uint8Array(Buffer.concat(pieces));
    expect(out.rows).toBe(0);
    expect(
      Buffer.from(bytes).equals(Buffer.from(toParquet(aq.table({ a: [] }), { types: { a: 'integer' } }))),
    ).toBe(true);
    expect(parquetSchema(parquetMetadata(buffer(bytes))).children.map((c) => c.element.type)).toEqual([
      'INT64',
    ]);
    expect(await readBack(bytes)).toEqual([]);
  });
});
