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
