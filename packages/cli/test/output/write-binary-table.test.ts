import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as aq from 'arquero';
import { tableFromIPC } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { SentryOfflineError } from '@sentry-offline/schema';
import { writeBinaryTable } from '../../src/output/write-binary-table.js';
import { tempDir } from '../util/temp-dir.js';

const hour = (d: number, h: number) => new Date(Date.UTC(2026, 10, d, h));
const table = () =>
  aq.table({
    category: ['error', 'error', 'transaction'],
    interval_start: [hour(20, 0), hour(21, 5), hour(20, 23)],
    quantity: [3, 1234567, 7],
  });

const bytesOf = (path: string) => {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('writeBinaryTable', () => {
  it('writes Parquet that hyparquet reads back as the same rows', async () => {
    const cwd = tempDir();
    expect(await writeBinaryTable(table(), { format: 'parquet', out: 'out/stats.parquet', cwd })).toEqual([
      'out/stats.parquet',
    ]);
    const rows = await parquetReadObjects({ file: bytesOf(join(cwd, 'out/stats.parquet')) });
    expect(rows.map((r) => ({ ...r, quantity: Number(r.quantity) }))).toEqual(table().objects());
  });

  it('writes an Arrow IPC file that apache-arrow reads back', async () => {
    const cwd = tempDir();
    await writeBinaryTable(table(), { format: 'arrow', out: 'stats.arrow', cwd });
    const back = tableFromIPC(readFileSync(join(cwd, 'stats.arrow')));
    expect(Array.from(back.getChild('quantity')!.toArray() as ArrayLike<number>)).toEqual([3, 1234567, 7]);
    expect(Array.from(back.getChild('category')!.toArray())).toEqual(['error', 'error', 'transaction']);
  });

  it('partitions by kind and UTC day in the hive layout', async () => {
    const cwd = tempDir();
    await writeBinaryTable(table(), { format: 'parquet', out: 'ds', cwd, partition: 'day', kind: 'stats' });
    expect(files(join(cwd, 'ds'))).toEqual([
      'kind=stats/day=2026-11-20/part-0.parquet',
      'kind=stats/day=2026-11-21/part-0.parquet',
    ]);
    const day20 = await parquetReadObjects({
      file: bytesOf(join(cwd, 'ds/kind=stats/day=2026-11-20/part-0.parquet')),
    });
    expect(day20.map((r) => Number(r.quantity))).toEqual([3, 7]);
  });

  it('refuses binary output to stdout and a partitioned Arrow file (usage errors)', async () => {
    const cwd = tempDir();
    const usage = expect.objectContaining({ code: 'cli.usage' });
    await expect(writeBinaryTable(table(), { format: 'parquet', out: undefined, cwd })).rejects.toThrow(
      usage,
    );
    await expect(
      writeBinaryTable(table(), { format: 'arrow', out: 'x', cwd, partition: 'day' }),
    ).rejects.toThrow(SentryOfflineError);
  });

  it('says which file it could not write', async () => {
    const cwd = tempDir({ taken: 'a file, not a folder' });
    await expect(
      writeBinaryTable(table(), { format: 'parquet', out: 'taken/x.parquet', cwd }),
    ).rejects.toThrow(expect.objectContaining({ code: 'cli.outputFailed' }));
  });
});
