import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as aq from 'arquero';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/index.js';
import { BATCH_ROWS } from '../../src/tidy/table-families.js';
import { STATS_V2 } from '../util/payloads.js';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

// 4,000 raw events of 30 frames each: 120,000 frame rows, more than a batch, so the frames table is written in
// two batches (100,020 rows after the 3,334th event, then the last 19,980)
const EVENTS = 4000;
const FRAMES = 30;
const ROWS = EVENTS * FRAMES;

const id = (i: number) => i.toString(16).padStart(32, '0');

/** Event i: frame k calls f<k> in m<k>.py at line i (oldest call first), every other frame in the app, no colno. */
function event(i: number): string {
  const frames = Array.from({ length: FRAMES }, (_, k) => ({
    function: `f${k}`,
    filename: `m${k}.py`,
    lineno: i,
    in_app: k % 2 === 0,
  }));
  return JSON.stringify({
    event_id: id(i),
    platform: 'python',
    exception: { values: [{ type: 'E', value: 'v', stacktrace: { frames } }] },
  });
}

const ndjson = (events = EVENTS) => Array.from({ length: events }, (_, i) => event(i)).join('\n');

/** The cells of frame row r, as computed from how the events were made. */
const expected = (r: number) => {
  const [i, k] = [Math.floor(r / FRAMES), r % FRAMES];
  return {
    event_id: id(i),
    frame_index: k,
    depth: FRAMES - 1 - k,
    function: `f${k}`,
    lineno: i,
    in_app: k % 2 === 0,
  };
};

const SAMPLE = [0, 1, 29, 30, 99_999, 100_019, 100_020, 100_021, ROWS - 1];

describe('tidy of a table larger than a batch', () => {
  it(`is written ${BATCH_ROWS} rows at a time as CSV, NDJSON and JSON, every row in order`, async () => {
    expect(ROWS).toBeGreaterThan(BATCH_ROWS);
    const cwd = tempDir({ 'events.ndjson': ndjson() });
    for (const format of ['csv', 'ndjson', 'json'] as const) {
      const result = await runCli(
        ['tidy', 'events.ndjson', '--table', 'frames', '--format', format, '--out', `frames.${format}`],
        { cwd },
      );
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`wrote ${ROWS} rows of table frames to frames.${format}\n`);
      const text = readFileSync(join(cwd, `frames.${format}`), 'utf8');
      const table =
        format === 'csv'
          ? aq.fromCSV(text, { parse: { event_id: String } })
          : aq.from(
              format === 'json'
                ? JSON.parse(text)
                : text
                    .trimEnd()
                    .split('\n')
                    .map((l) => JSON.parse(l)),
            );
      expect([format, table.numRows()]).toEqual([format, ROWS]);
      // one header line, and a JSON array closed once
      if (format === 'csv') expect(text.match(/^event_id,/gm)?.length).toBe(1);
      if (format === 'json') expect([text.slice(0, 2), text.slice(-3)]).toEqual(['[\n', '\n]\n']);
      for (const r of SAMPLE) expect([format, r, table.object(r)]).toMatchObject([format, r, expected(r)]);
      expect(table.array('colno').every((v) => v === null || v === undefined)).toBe(true);
    }
  }, 60_000);

  it('is written as Parquet a row group at a time, with the declared types of columns that are all null', async () => {
    const cwd = tempDir({ 'events.ndjson': ndjson() });
    const result = await runCli(
      ['tidy', 'events.ndjson', '--table', 'frames', '--format', 'parquet', '--out', 'frames.parquet'],
      { cwd },
    );
    expect(result.code).toBe(0);
    const bytes = readFileSync(join(cwd, 'frames.parquet'));
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const metadata = parquetMetadata(file);
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([1000, 100_000, 19_000]);
    const types = Object.fromEntries(
      parquetSchema(metadata).children.map((c) => [c.element.name, c.element.type]),
    );
    // colno and raw_function hold no value in any row: their types are the declared ones
    expect(types).toMatchObject({
      colno: 'INT64',
      lineno: 'INT64',
      in_app: 'BOOLEAN',
      raw_function: 'BYTE_ARRAY',
    });
    const rows = await parquetReadObjects({ file });
    expect(rows.length).toBe(ROWS);
    for (const r of SAMPLE) {
      const row = rows[r];
      expect([
        r,
        {
          ...row,
          frame_index: Number(row.frame_index),
          depth: Number(row.depth),
          lineno: Number(row.lineno),
        },
      ]).toMatchObject([r, expected(r)]);
    }
  }, 60_000);

  it('removes an --out file it had begun when the run then fails, and says so', async () => {
    // the events come first: a batch is written before the stats file shows the kinds are mixed
    const cwd = tempDir({ 'a.ndjson': ndjson(), 'b.json': STATS_V2 });
    const result = await runCli(['tidy', 'a.ndjson', 'b.json', '--table', 'frames', '--out', 'frames.csv'], {
      cwd,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(cli.mixedKinds)');
    expect(result.stderr).toContain(
      'removed what was written to frames.csv: it held only the rows written before this error\n',
    );
    expect(existsSync(join(cwd, 'frames.csv'))).toBe(false);
    // on stdout the rows cannot be taken back: the first batch was written, and the message says it is a part
    const piped = await runCli(['tidy', 'a.ndjson', 'b.json', '--table', 'frames'], { cwd });
    expect(piped.code).toBe(1);
    expect(piped.stdout.trimEnd().split('\n').length).toBe(1 + 100_020);
    expect(piped.stderr).toContain(
      'the rows written to stdout before this error are only part of the table\n',
    );
  }, 60_000);

  it('waits for a slow stdout to drain, and writes every row in order', async () => {
    const cwd = tempDir({ 'events.ndjson': ndjson() });
    const chunks: string[] = [];
    let drains = 0;
    const listeners: (() => void)[] = [];
    const stdout = {
      // every write asks to wait; the stream drains a moment later
      write(chunk: string) {
        chunks.push(chunk);
        setTimeout(() => {
          drains++;
          listeners.splice(0).forEach((listener) => listener());
        }, 0);
        return false;
      },
      once(_event: 'drain', listener: () => void) {
        listeners.push(listener);
      },
    };
    const stderr = { write: () => true };
    const code = await run(['tidy', 'events.ndjson', '--table', 'frames', '--format', 'ndjson', '-q'], {
      cwd,
      stdout,
      stderr,
    });
    expect(code).toBe(0);
    expect(drains).toBeGreaterThan(1);
    const rows = chunks.join('').trimEnd().split('\n');
    expect(rows.length).toBe(ROWS);
    for (const r of SAMPLE) expect(JSON.parse(rows[r])).toMatchObject(expected(r));
  }, 60_000);

  it('refuses a table it must write whole once it could not fit in the heap, and writes it in batches', async () => {
    // the built bin with a 128 MiB old generation (a heap limit of about 176 MiB): 12,000 events make 360,000
    // frame rows, more than such a heap holds whole at 600 bytes a row (about 307,000)
    const bin = fileURLToPath(new URL('../../dist/bin.bundle.js', import.meta.url));
    const cwd = tempDir({ 'events.ndjson': ndjson(12_000) });
    const tidy = (format: string) =>
      promisify(execFile)(
        process.execPath,
        [bin, 'tidy', 'events.ndjson', '--table', 'frames', '--format', format, '--out', `frames.${format}`],
        { cwd, env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=128' } },
      ).then(
        (done) => ({ code: 0, stderr: done.stderr }),
        (failed: { code: number; stderr: string }) => failed,
      );
    const arrow = await tidy('arrow');
    expect(arrow.code).toBe(1);
    expect(arrow.stderr).toMatch(
      /^error: the frames table has passed \d+ rows, more than --format arrow can hold/,
    );
    expect(arrow.stderr).toContain('Write --format parquet, csv, json or ndjson');
    expect(arrow.stderr).toContain('(cli.tableTooLarge)');
    expect(arrow.stderr).not.toMatch(/\n\s+at |FATAL ERROR/);
    expect(existsSync(join(cwd, 'frames.arrow'))).toBe(false);
    // the same heap holds a batch at a time
    const parquet = await tidy('parquet');
    expect(parquet.stderr).toContain('wrote 360000 rows of table frames to frames.parquet\n');
    expect(parquet.code).toBe(0);
  }, 60_000);

  it('writes --partition day a batch at a time: each batch’s rows of a day in a file of that day’s folder', async () => {
    // 4,000 events of 30 breadcrumbs: 120,000 rows, two batches; event i's breadcrumb k is on day 1 + (i + k) % 3
    const day = (i: number, k: number) => `2026-11-0${1 + ((i + k) % 3)}`;
    const crumbs = (i: number) =>
      Array.from({ length: 30 }, (_, k) => ({ timestamp: `${day(i, k)}T12:00:00Z`, message: `m${i}-${k}` }));
    const lines = Array.from({ length: EVENTS }, (_, i) =>
      JSON.stringify({ event_id: id(i), platform: 'python', breadcrumbs: { values: crumbs(i) } }),
    );
    const cwd = tempDir({ 'events.ndjson': lines.join('\n') });
    const args = [
      'tidy',
      'events.ndjson',
      '--table',
      'breadcrumbs',
      '--format',
      'parquet',
      '--partition',
      'day',
    ];
    const result = await runCli([...args, '--out', 'crumbs'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`wrote ${ROWS} rows of table breadcrumbs to 6 files under crumbs\n`);
    const folder = join(cwd, 'crumbs', 'kind=breadcrumbs');
    expect(readdirSync(folder).sort()).toEqual(['day=2026-11-01', 'day=2026-11-02', 'day=2026-11-03']);
    const messages = new Set<string>();
    for (const dayFolder of readdirSync(folder)) {
      expect(readdirSync(join(folder, dayFolder)).sort()).toEqual(['part-0.parquet', 'part-1.parquet']);
      for (const part of ['part-0.parquet', 'part-1.parquet']) {
        const bytes = readFileSync(join(folder, dayFolder, part));
        const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        for (const row of await parquetReadObjects({ file })) {
          const [i, k] = String(row.message).slice(1).split('-').map(Number);
          // every row in the folder of its day, and in the part of its batch (the first 3,334 events: batch 0)
          expect([dayFolder, part]).toEqual([
            `day=${day(i, k)}`,
            i < 3334 ? 'part-0.parquet' : 'part-1.parquet',
          ]);
          messages.add(String(row.message));
        }
      }
    }
    expect(messages.size).toBe(ROWS);
  }, 60_000);
});
