import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

/** Two days of accepted errors: 3 on the 1st (1 + 2 over two hours), 4 on the 2nd. */
const STATS = JSON.stringify({
  start: '2024-01-01T00:00:00Z',
  end: '2024-01-03T00:00:00Z',
  intervals: ['2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z', '2024-01-02T00:00:00Z'],
  groups: [
    { by: { outcome: 'accepted' }, totals: { 'sum(quantity)': 7 }, series: { 'sum(quantity)': [1, 2, 4] } },
  ],
});

const arrayBuffer = (path: string) => {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('tidy --format parquet|arrow', () => {
  it('writes the tidy table as Parquet, the same rows as --format json', async () => {
    const cwd = tempDir({ 'june.json': STATS });
    const parquet = await runCli(['tidy', 'june.json', '--format', 'parquet', '--out', 'june.parquet'], {
      cwd,
    });
    expect(parquet.code).toBe(0);
    expect(parquet.stdout).toBe('');
    const json = await runCli(['tidy', 'june.json', '--format', 'json'], { cwd });
    const rows = await parquetReadObjects({ file: arrayBuffer(join(cwd, 'june.parquet')) });
    expect(
      rows.map((r) => ({
        ...r,
        quantity: Number(r.quantity),
        interval_start: (r.interval_start as Date).toISOString(),
        interval_end: (r.interval_end as Date).toISOString(),
      })),
    ).toEqual(JSON.parse(json.stdout));
  });

  it('writes an Arrow IPC file', async () => {
    const cwd = tempDir({ 'june.json': STATS });
    expect(
      (await runCli(['tidy', 'june.json', '--format', 'arrow', '--out', 'june.arrow'], { cwd })).code,
    ).toBe(0);
    const table = tableFromIPC(readFileSync(join(cwd, 'june.arrow')));
    expect(Array.from(table.getChild('quantity')!.toArray() as ArrayLike<number>)).toEqual([1, 2, 4]);
  });

  it('partitions Parquet by kind and day into a folder (--partition day)', async () => {
    const cwd = tempDir({ 'june.json': STATS });
    const result = await runCli(
      ['tidy', 'june.json', '--format', 'parquet', '--partition', 'day', '--out', 'usage'],
      { cwd },
    );
    expect(result.code).toBe(0);
    const files = readdirSync(join(cwd, 'usage'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(join(cwd, 'usage'), join(e.parentPath, e.name)))
      .sort();
    expect(files).toEqual([
      'kind=stats/day=2024-01-01/part-0.parquet',
      'kind=stats/day=2024-01-02/part-0.parquet',
    ]);
    const first = await parquetReadObjects({ file: arrayBuffer(join(cwd, 'usage', files[0])) });
    expect(first.map((r) => Number(r.quantity))).toEqual([1, 2]);
  });

  it('refuses binary data on stdout and --partition without parquet (usage errors, exit 2)', async () => {
    const cwd = tempDir({ 'june.json': STATS });
    expect((await runCli(['tidy', 'june.json', '--format', 'parquet'], { cwd })).code).toBe(2);
    expect(
      (await runCli(['tidy', 'june.json', '--format', 'csv', '--partition', 'day', '--out', 'x'], { cwd }))
        .code,
    ).toBe(2);
  });
});
