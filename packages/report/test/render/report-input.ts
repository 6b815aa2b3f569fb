import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { ReportInput } from '../../src/index.js';
import { frameTables, type TestEvent } from '../util/frame-tables.js';

const hour = (h: number) => new Date(Date.UTC(2026, 10, 20, h));

/**
 * Two hours of hand-written usage: errors (counts) and attachments (bytes), one project each hour.
 * error: accepted 100 + 80, rate_limited 20 (quota) + 0, filtered 5 + 15 (browser extensions) -> total 220, dropped 20.
 * attachment: accepted 1000 + 3000 bytes, invalid 0 + 1000 (too large) -> total 5000, dropped 1000.
 */
export function usageTable(text: (s: string) => string = (s) => s): ColumnTable {
  const rows: [string, string, string, number, number, string][] = [
    ['error', 'accepted', 'none', 0, 100, 'count'],
    ['error', 'accepted', 'none', 1, 80, 'count'],
    ['error', 'rate_limited', 'usage_exceeded', 0, 20, 'count'],
    ['error', 'rate_limited', 'usage_exceeded', 1, 0, 'count'],
    ['error', 'filtered', 'browser-extensions', 0, 5, 'count'],
    ['error', 'filtered', 'browser-extensions', 1, 15, 'count'],
    ['attachment', 'accepted', 'none', 0, 1000, 'bytes'],
    ['attachment', 'accepted', 'none', 1, 3000, 'bytes'],
    ['attachment', 'invalid', 'too_large', 1, 1000, 'bytes'],
  ];
  return aq.table({
    project: rows.map(() => text('web')),
    category: rows.map((r) => r[0]),
    outcome: rows.map((r) => r[1]),
    reason: rows.map((r) => r[2]),
    interval_start: rows.map((r) => hour(r[3])),
    interval_end: rows.map((r) => hour(r[3] + 1)),
    quantity: rows.map((r) => r[4]),
    unit: rows.map((r) => r[5]),
  });
}

/** Three events: two share a signature (release 1.0, node), one differs (release 2.0, python). */
export function testEvents(text: (s: string) => string = (s) => s): TestEvent[] {
  const day = (d: number) => new Date(Date.UTC(2026, 10, d));
  return [
    {
      event_id: 'e1',
      platform: 'node',
      type: 'TypeError',
      release: text('1.0'),
      group_id: 'g1',
      date_created: day(1),
      frames: [
        { function: 'main', filename: 'app.js' },
        { function: text('render'), filename: text('app.js') },
      ],
    },
    {
      event_id: 'e2',
      platform: 'node',
      type: 'TypeError',
      release: text('1.0'),
      group_id: 'g1',
      date_created: day(3),
      frames: [
        { function: 'main', filename: 'app.js' },
        { function: text('render'), filename: text('app.js') },
      ],
    },
    {
      event_id: 'e3',
      platform: 'python',
      type: 'ValueError',
      release: '2.0',
      group_id: 'g2',
      date_created: day(2),
      frames: [{ function: 'handler', module: 'shop.views', filename: 'shop/views.py' }],
    },
  ];
}

/** A full report input: files of two kinds, usage, events and a baseline of the python event alone. */
export function reportInput(text: (s: string) => string = (s) => s): ReportInput {
  const events = testEvents(text);
  return {
    files: [
      { name: text('june.json'), kind: 'stats-v2', status: 'valid' },
      { name: 'bad.json', kind: 'stats-v2', status: 'invalid' },
      { name: 'e1.json', kind: 'event', status: 'valid' },
      { name: 'e2.json', kind: 'event', status: 'warnings' },
    ],
    health: [
      {
        file: text('june.json'),
        severity: 'incomplete',
        code: 'truncatedSeries',
        message: text('cut short'),
      },
    ],
    stats: usageTable(text),
    events: frameTables(events),
    baseline: frameTables(events.slice(2)),
  };
}
