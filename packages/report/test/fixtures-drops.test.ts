import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ColumnTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import { isSentryOfflineError, validateText, type StatsSummary, type StatsV2 } from '@sentry-offline/schema';
import { tidyStatsSummary, tidyStatsV2, toCanonicalJson } from '@sentry-offline/transform';
import { dropRates, reconcile, statsHealth, type DefinitionName } from '../src/index.js';
import { tableColumns } from './util/expect-table.js';

const fixturesDir = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** Valid cases of a stats kind, listed from disk. */
function casesOf(kind: string): { name: string; dir: string }[] {
  const kindDir = join(fixturesDir, kind);
  if (!existsSync(kindDir)) return [];
  return readdirSync(kindDir, { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() &&
        !e.name.startsWith('invalid-') &&
        existsSync(join(kindDir, e.name, 'payload.json')),
    )
    .map((e) => ({ name: e.name, dir: join(kindDir, e.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

const sum = (values: unknown[]) => values.reduce<number>((a, b) => a + ((b as number | null) ?? 0), 0);

/** A table's golden, or the code of the error that refused it. */
function golden(make: () => ColumnTable): string {
  try {
    return toCanonicalJson(make());
  } catch (error) {
    if (!isSentryOfflineError(error)) throw error;
    return JSON.stringify({ error: error.code }, null, 2) + '\n';
  }
}

/** accepted + dropped + other = total on every row, and total + excluded adds up to the counted column. */
function expectIdentity(t: ColumnTable, all: number): void {
  const c = tableColumns(t);
  c.total.forEach((total, i) =>
    expect((c.accepted[i] as number) + (c.dropped[i] as number) + (c.other[i] as number)).toBe(total),
  );
  expect(sum(c.total) + sum(c.excluded)).toBe(all);
}

describe('stats-v2 fixtures: drop-rate goldens', () => {
  for (const c of casesOf('stats-v2')) {
    it(`${c.name}: drops, reasons, reconcile and health goldens; identities; input unchanged`, async () => {
      const text = readFileSync(join(c.dir, 'payload.json'), 'utf8');
      const payload = JSON.parse(text) as StatsV2;
      const file = `${c.name}/payload.json`;
      const health = statsHealth([{ ...validateText(file, text), file }]);
      await expect(JSON.stringify(health, null, 2) + '\n').toMatchFileSnapshot(
        join(c.dir, 'expected', 'health.json'),
      );
      const t = tidyStatsV2(payload, { file, partialSeries: 'pad' });
      const value = t.columnNames().includes('quantity') ? 'quantity' : 'times_seen';
      const by = ['project', 'category'];
      await expect(golden(() => dropRates(t, { by }))).toMatchFileSnapshot(
        join(c.dir, 'expected', 'drops.json'),
      );
      await expect(golden(() => reconcile(t, 'summary', 'usage-page', { by }))).toMatchFileSnapshot(
        join(c.dir, 'expected', 'reconcile.json'),
      );
      if ((t.array('reason') as unknown[]).some((r) => r !== null)) {
        await expect(
          golden(() => dropRates(t, { by: ['category', 'outcome', 'reason'], definition: 'usage-page' })),
        ).toMatchFileSnapshot(join(c.dir, 'expected', 'drops-by-reason.json'));
      }
      if ((t.array('outcome') as unknown[]).every((o) => o !== null)) {
        for (const definition of ['summary', 'usage-page', 'not-accepted'] as DefinitionName[]) {
          expectIdentity(
            dropRates(t, { by, definition }),
            sum(Array.from(t.array(value) as ArrayLike<unknown>)),
          );
        }
      }
      expect(JSON.parse(text)).toEqual(payload);
    });
  }
});

describe('stats-summary fixtures: drop-rate goldens', () => {
  for (const c of casesOf('stats-summary')) {
    it(`${c.name}: drops golden; a summary definition reproduces Sentry's dropped unless the file warns`, async () => {
      const text = readFileSync(join(c.dir, 'payload.json'), 'utf8');
      const payload = JSON.parse(text) as StatsSummary;
      const file = `${c.name}/payload.json`;
      const validation = validateText(file, text);
      const { outcomes, totals } = tidyStatsSummary(payload, { file });
      const by = ['project_id', 'project_slug', 'category'];
      await expect(golden(() => dropRates(outcomes, { by }))).toMatchFileSnapshot(
        join(c.dir, 'expected', 'drops.json'),
      );
      const counted = tableColumns(outcomes);
      expectIdentity(dropRates(outcomes, { by }), sum(counted.quantity ?? counted.times_seen));
      const sentry = tableColumns(totals);
      const warned = validation.issues.some((i) => i.severity === 'warning');
      if (!warned && sentry.dropped?.every((d) => d !== null)) {
        const reproduces = (['summary', 'summary-2023'] as DefinitionName[]).filter((definition) => {
          const ours = tableColumns(dropRates(outcomes, { by, definition }));
          return JSON.stringify(ours.dropped) === JSON.stringify(sentry.dropped);
        });
        expect(
          reproduces.length,
          `no summary definition gives ${JSON.stringify(sentry.dropped)}`,
        ).toBeGreaterThan(0);
      }
      expect(JSON.parse(text)).toEqual(payload);
    });
  }
});
