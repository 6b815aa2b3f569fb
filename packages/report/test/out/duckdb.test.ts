import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { afterAll, describe, expect, it } from 'vitest';
import { tidyStatsV2 } from '@sentry-offline/transform';
import type { StatsV2 } from '@sentry-offline/schema';
import { dropRates, toParquetPartitions } from '../../src/index.js';
import { usageTable } from '../render/report-input.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const guide = readFileSync(join(root, 'docs/guide/duckdb.md'), 'utf8');
const duckdb = await import('@duckdb/node-api').catch(() => null);

/** The guide's SQL block, reading the dataset from `folder` instead of `stats/`. */
function guideQuery(folder: string): string {
  const sql = /```sql\n([\s\S]*?)```/.exec(guide)![1];
  return sql.replace("'stats/kind=stats/*/*.parquet'", `'${folder}/kind=stats/*/*.parquet'`);
}

describe.skipIf(duckdb === null)('docs/guide/duckdb.md', () => {
  const base = mkdtempSync(join(tmpdir(), 'sentry-offline-duckdb-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const fixture = JSON.parse(
    readFileSync(join(root, 'fixtures/stats-v2/hourly-category-outcome-reason/payload.json'), 'utf8'),
  ) as StatsV2;
  const DAY = 86_400_000;
  /** Two days: the hand-written usage, and the same a day later with doubled quantities. */
  const twoDays = () => {
    const rows = usageTable().objects() as { interval_start: Date; interval_end: Date; quantity: number }[];
    const later = rows.map((r) => ({
      ...r,
      interval_start: new Date(r.interval_start.getTime() + DAY),
      interval_end: new Date(r.interval_end.getTime() + DAY),
      quantity: r.quantity * 2,
    }));
    return aq.from([...rows, ...later]);
  };

  it.each([
    ['the hourly fixture', () => tidyStatsV2(fixture)],
    ['two days of hand-written usage', twoDays],
  ])("gives DuckDB's drop rate per category and day equal to dropRates: %s", async (name, make) => {
    const folder = mkdtempSync(join(base, 'case-'));
    const table = make();
    for (const part of toParquetPartitions(table, { kind: 'stats' })) {
      mkdirSync(dirname(join(folder, part.path)), { recursive: true });
      writeFileSync(join(folder, part.path), part.bytes);
    }
    const instance = await duckdb!.DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(guideQuery(folder));
    const got = reader.getRowObjectsJS().map((r) => ({
      category: r.category,
      day: r.day instanceof Date ? r.day.toISOString().slice(0, 10) : String(r.day),
      dropped: Number(r.dropped),
      total: Number(r.total),
      rate: r.rate === null ? null : Number(r.rate),
    }));
    connection.closeSync();
    const ours = dropRates(table, { by: ['category'], interval: '1d' }).objects() as {
      category: string;
      interval_start: Date;
      dropped: number;
      total: number;
      rate: number | null;
    }[];
    expect(got.length, name).toBe(ours.length);
    expect(got).toEqual(
      ours.map((r) => ({
        category: r.category,
        day: r.interval_start.toISOString().slice(0, 10),
        dropped: r.dropped,
        total: r.total,
        rate: r.rate === null ? null : expect.closeTo(r.rate, 12),
      })),
    );
  });
});

describe.skipIf(duckdb !== null)('docs/guide/duckdb.md without DuckDB', () => {
  it.skip('needs @duckdb/node-api (a root devDependency): install it to compare DuckDB with dropRates', () => {});
});
