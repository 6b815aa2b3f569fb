import { describe, expect, it } from 'vitest';
import { SentryOfflineError } from '@sentry-offline/schema';
import { dropRates, reconcile, type DefinitionName } from '../src/index.js';
import { dropsTable } from './util/drops-table.js';
import { expectTable, tableColumns } from './util/expect-table.js';

describe('reconcile', () => {
  it('names client_discard as the whole gap between summary and usage-page', () => {
    expectTable(reconcile(dropsTable(), 'summary', 'usage-page'), {
      category: ['error'],
      outcome: ['client_discard'],
      quantity: [8],
      role_a: ['other'],
      role_b: ['excluded'],
      dropped_gap: [0],
      total_gap: [8],
    });
  });

  it('lists every outcome not-accepted drops that summary does not, by project', () => {
    expectTable(reconcile(dropsTable(), 'summary', 'not-accepted', { by: ['project', 'category'] }), {
      project: [1, 1],
      category: ['error', 'error'],
      outcome: ['client_discard', 'filtered'],
      quantity: [8, 3],
      role_a: ['other', 'other'],
      role_b: ['dropped', 'dropped'],
      dropped_gap: [-8, -3],
      total_gap: [0, 0],
    });
  });

  const names: DefinitionName[] = [
    'summary',
    'summary-2023',
    'usage-page',
    'usage-page-2023',
    'not-accepted',
  ];
  for (const a of names) {
    for (const b of names) {
      it(`adds up to the difference of the two dropRates tables (${a} vs ${b})`, () => {
        const t = dropsTable();
        const ra = tableColumns(dropRates(t, { definition: a }));
        const rb = tableColumns(dropRates(t, { definition: b }));
        const gaps = tableColumns(reconcile(t, a, b));
        ra.category.forEach((category, i) => {
          const rows = gaps.category.flatMap((c, j) => (c === category ? [j] : []));
          const sum = (col: string) => rows.reduce((s, j) => s + (gaps[col][j] as number), 0);
          expect(sum('dropped_gap')).toBe((ra.dropped[i] as number) - (rb.dropped[i] as number));
          expect(sum('total_gap')).toBe((ra.total[i] as number) - (rb.total[i] as number));
        });
      });
    }
  }

  it('throws report.unknownDefinition for an unknown name', () => {
    expect(() => reconcile(dropsTable(), 'summary', 'usage' as 'summary')).toThrow(
      expect.objectContaining({ code: 'report.unknownDefinition' }),
    );
    expect(() => reconcile(dropsTable(), 'summary', 'usage' as 'summary')).toThrow(SentryOfflineError);
  });

  it('does not change its input', () => {
    const t = dropsTable();
    const before = tableColumns(t);
    reconcile(t, 'summary', 'not-accepted', { by: ['project', 'reason_group'] });
    expect(tableColumns(t)).toEqual(before);
  });
});
