import { describe, expect, it } from 'vitest';
import { validate } from '@sentry-offline/schema';
import { dropReport, definitions, statsHealth } from '../src/index.js';
import { dropsTable } from './util/drops-table.js';

const intervals = ['2024-06-01T00:00:00Z', '2024-06-02T00:00:00Z'];

describe('statsHealth', () => {
  it('says a truncated series makes the figures incomplete, before the validator warning', () => {
    const payload = {
      start: intervals[0],
      end: '2024-06-03T00:00:00Z',
      intervals,
      groups: [
        { by: { outcome: 'accepted' }, totals: { 'sum(quantity)': 10 }, series: { 'sum(quantity)': [3, 4] } },
      ],
    };
    const notes = statsHealth([{ ...validate(payload, { file: 'june.json' }), file: 'june.json' }]);
    expect(notes.map((n) => [n.file, n.severity, n.code])).toEqual([
      ['june.json', 'incomplete', 'truncatedSeries'],
      ['june.json', 'warning', 'totals'],
    ]);
  });

  it('says a project-grouped response has no time series', () => {
    const payload = {
      start: intervals[0],
      end: '2024-06-03T00:00:00Z',
      intervals,
      groups: [{ by: { project: 1 }, totals: { 'sum(quantity)': 10 } }],
    };
    const notes = statsHealth([validate(payload)]);
    expect(notes.map((n) => [n.file, n.severity, n.code])).toEqual([
      ['<input>', 'incomplete', 'noTimeseries'],
    ]);
  });

  it('has nothing to say about a clean payload', () => {
    const payload = {
      start: intervals[0],
      end: '2024-06-03T00:00:00Z',
      intervals,
      groups: [
        { by: { outcome: 'accepted' }, totals: { 'sum(quantity)': 7 }, series: { 'sum(quantity)': [3, 4] } },
      ],
    };
    expect(statsHealth([validate(payload)])).toEqual([]);
  });
});

describe('dropReport', () => {
  it('carries the definition, the health notes and the rates', () => {
    const health = [
      { file: 'a.json', severity: 'incomplete' as const, code: 'truncatedSeries', message: 'x' },
    ];
    const report = dropReport(dropsTable(), { health, definition: 'usage-page' });
    expect(report.definition).toBe(definitions['usage-page']);
    expect(report.health).toEqual(health);
    expect(report.health).not.toBe(health);
    expect(report.rates.array('total')).toEqual([1024, 97]);
  });
});
