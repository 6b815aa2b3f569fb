import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, SentryOfflineError } from '@sentry-offline/schema';
import { definitions, dropRates, outcomeRole, resolveDefinition, type DropDefinition } from '../src/index.js';
import { dropsTable } from './util/drops-table.js';
import { tableColumns } from './util/expect-table.js';

/** Roles of the seven outcomes, in OUTCOMES order, written out from issue 4 and Sentry's pages. */
const expected: Record<string, string[]> = {
  //            accepted    filtered  rate_limited invalid   abuse       client_discard cardinality_limited
  summary: ['accepted', 'other', 'dropped', 'dropped', 'other', 'other', 'dropped'],
  'summary-2023': ['accepted', 'other', 'dropped', 'dropped', 'other', 'other', 'other'],
  'usage-page': ['accepted', 'other', 'dropped', 'dropped', 'dropped', 'excluded', 'dropped'],
  'usage-page-2023': ['accepted', 'other', 'dropped', 'dropped', 'other', 'excluded', 'other'],
  'not-accepted': ['accepted', 'dropped', 'dropped', 'dropped', 'dropped', 'dropped', 'dropped'],
};

describe('definitions', () => {
  it('are the five named in issue 4, each with a title and a source', () => {
    expect(Object.keys(definitions)).toEqual(Object.keys(expected));
    for (const [name, def] of Object.entries(definitions)) {
      expect(def.name).toBe(name);
      expect(def.title.length).toBeGreaterThan(10);
      expect(def.source.length).toBeGreaterThan(10);
    }
  });

  for (const [name, roles] of Object.entries(expected)) {
    it(`${name} gives each outcome its documented role`, () => {
      const def = definitions[name as keyof typeof definitions];
      expect(OUTCOMES.map((o) => outcomeRole(def, o))).toEqual(roles);
    });

    it(`${name}: accepted + dropped + other = total, and total + excluded = everything`, () => {
      const t = tableColumns(dropRates(dropsTable(), { definition: name as keyof typeof definitions }));
      const all = { attachment: 1024, error: 105 } as Record<string, number>;
      t.category.forEach((category, i) => {
        const [a, d, o, e, total] = ['accepted', 'dropped', 'other', 'excluded', 'total'].map(
          (c) => t[c][i] as number,
        );
        expect(a + d + o).toBe(total);
        expect(total + e).toBe(all[category as string]);
      });
    });
  }
});

describe('resolveDefinition', () => {
  it('returns a built-in definition by name and the summary by default', () => {
    expect(resolveDefinition('usage-page')).toBe(definitions['usage-page']);
    expect(resolveDefinition()).toBe(definitions.summary);
  });

  it('accepts a user-defined definition of the same shape', () => {
    const mine: DropDefinition = {
      name: 'q',
      title: 'quota',
      dropped: ['rate_limited'],
      excluded: [],
      source: 'me',
    };
    expect(resolveDefinition(mine)).toBe(mine);
  });

  it('refuses unknown names and contradictory definitions with coded errors', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(SentryOfflineError);
        return (e as SentryOfflineError).code;
      }
    };
    expect(code(() => resolveDefinition('usage'))).toBe('report.unknownDefinition');
    const both = { name: 'x', title: 'x', dropped: ['abuse'], excluded: ['abuse'], source: 'x' };
    expect(code(() => resolveDefinition(both))).toBe('report.invalidDefinition');
    const accepted = { name: 'y', title: 'y', dropped: ['accepted'], excluded: [], source: 'y' };
    expect(code(() => resolveDefinition(accepted))).toBe('report.invalidDefinition');
  });
});

describe('the worked example of docs/guide/drop-rates.md', () => {
  const day: [string, number][] = [
    ['accepted', 900],
    ['filtered', 40],
    ['rate_limited', 50],
    ['invalid', 10],
    ['abuse', 5],
    ['client_discard', 80],
    ['cardinality_limited', 0],
  ];
  const table = aq.table({
    category: day.map(() => 'error'),
    outcome: day.map(([o]) => o),
    quantity: day.map(([, q]) => q),
  });
  it.each([
    ['summary', 60, 125, 0, 1085],
    ['summary-2023', 60, 125, 0, 1085],
    ['usage-page', 65, 40, 80, 1005],
    ['usage-page-2023', 60, 45, 80, 1005],
    ['not-accepted', 185, 0, 0, 1085],
  ])('%s: dropped %i, other %i, excluded %i, total %i', (definition, dropped, other, excluded, total) => {
    const t = tableColumns(dropRates(table, { definition: definition as keyof typeof definitions }));
    expect([t.dropped[0], t.other[0], t.excluded[0], t.total[0]]).toEqual([dropped, other, excluded, total]);
  });
});
