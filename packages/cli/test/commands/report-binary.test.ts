import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

/** One hour of errors: accepted 30, rate_limited 6, invalid 4 -> summary drop rate 10/40 = 0.25. */
const STATS = JSON.stringify({
  start: '2024-01-01T00:00:00Z',
  end: '2024-01-01T01:00:00Z',
  intervals: ['2024-01-01T00:00:00Z'],
  groups: [
    {
      by: { category: 'error', outcome: 'accepted' },
      totals: { 'sum(quantity)': 30 },
      series: { 'sum(quantity)': [30] },
    },
    {
      by: { category: 'error', outcome: 'rate_limited' },
      totals: { 'sum(quantity)': 6 },
      series: { 'sum(quantity)': [6] },
    },
    {
      by: { category: 'error', outcome: 'invalid' },
      totals: { 'sum(quantity)': 4 },
      series: { 'sum(quantity)': [4] },
    },
  ],
});

/** Two raw Node events of one issue, crashing in the in-app function `total`. */
const EVENT = (id: string) =>
  JSON.stringify({
    event_id: id,
    platform: 'node',
    timestamp: 1763802112,
    exception: {
      values: [
        {
          type: 'TypeError',
          value: 'boom',
          stacktrace: {
            frames: [
              { function: 'main', filename: 'src/main.js', lineno: 1 },
              { function: 'total', filename: 'src/cart.js', lineno: 10 },
            ],
          },
        },
      ],
    },
  });

const bytes = (path: string) => {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('report tables as Parquet and Arrow', () => {
  it('drops --format parquet writes the rates table, the same rows as --format json', async () => {
    const cwd = tempDir({ 'june.json': STATS });
    const run = await runCli(['drops', 'june.json', '--format', 'parquet', '--out', 'drops.parquet'], {
      cwd,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('wrote 1 rows of table drops to drops.parquet');
    const rows = await parquetReadObjects({ file: bytes(join(cwd, 'drops.parquet')) });
    const json = JSON.parse((await runCli(['drops', 'june.json', '--format', 'json'], { cwd })).stdout) as {
      rows: Record<string, unknown>[];
    };
    expect(rows).toHaveLength(1);
    expect(rows[0].category).toBe('error');
    expect(Number(rows[0].dropped)).toBe(10);
    expect(Number(rows[0].total)).toBe(40);
    expect(rows[0].rate).toBe(0.25);
    expect(Object.keys(rows[0])).toEqual(Object.keys(json.rows[0]));
  });

  it('frames --format arrow writes the chosen table as an Arrow IPC file', async () => {
    const cwd = tempDir({ 'a.json': EVENT('a'.repeat(32)), 'b.json': EVENT('b'.repeat(32)) });
    const run = await runCli(
      ['frames', 'a.json', 'b.json', '--table', 'crash-sites', '--format', 'arrow', '--out', 'sites.arrow'],
      {
        cwd,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const table = tableFromIPC(readFileSync(join(cwd, 'sites.arrow')));
    const json = JSON.parse(
      (await runCli(['frames', 'a.json', 'b.json', '--table', 'crash-sites', '--format', 'json'], { cwd }))
        .stdout,
    ) as Record<string, unknown>[];
    expect(table.numRows).toBe(json.length);
    expect(table.toArray().map((r) => r.toJSON().value)).toEqual(json.map((r) => r.value));
    expect(json.map((r) => [r.field, r.value, r.crash_site])).toEqual([
      ['function', 'total', 2],
      ['file', 'src/cart.js', 2],
    ]);
  });

  it('needs --out for a binary format', async () => {
    const cwd = tempDir({ 'june.json': STATS });
    const run = await runCli(['drops', 'june.json', '--format', 'parquet'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out');
  });
});
