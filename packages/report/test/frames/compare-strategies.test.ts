import { describe, expect, it } from 'vitest';
import { compareStrategies } from '../../src/index.js';
import { expectTable } from '../util/expect-table.js';
import { frameTables, type TestEvent } from '../util/frame-tables.js';

// Three Python events: a and b crash in the same app line but differ below it; c has another exception type.
const stack = (inner: string, line: number) => [
  { module: 'app', function: 'main', filename: 'app.py', lineno: 1 },
  { module: 'app', function: inner, filename: 'app.py', lineno: line },
  { module: 'app', function: 'parse', filename: 'app.py', lineno: 50 },
];
const events: TestEvent[] = [
  { event_id: 'a', platform: 'python', type: 'ValueError', frames: stack('load', 10) },
  { event_id: 'b', platform: 'python', type: 'ValueError', frames: stack('reload', 20) },
  { event_id: 'c', platform: 'python', type: 'KeyError', frames: stack('load', 10) },
];

describe('compareStrategies', () => {
  it('counts groups per strategy and lists the groups one merges that another splits', () => {
    const { groups, pairs, merges } = compareStrategies(frameTables(events), { depth: 1 });
    // siggen: all app.parse (1 group); sentry depth 1: type + app.parse (2); top-frame: type @ app.py:50 (2)
    expectTable(groups, {
      strategy: ['siggen', 'sentry', 'top-frame'],
      groups: [1, 2, 2],
      events: [3, 3, 3],
      largest: [3, 2, 2],
    });
    expectTable(pairs, {
      merged_by: ['siggen', 'siggen', 'sentry', 'sentry', 'top-frame', 'top-frame'],
      split_by: ['sentry', 'top-frame', 'siggen', 'top-frame', 'siggen', 'sentry'],
      groups: [1, 1, 0, 0, 0, 0],
      events: [3, 3, 0, 0, 0, 0],
    });
    expectTable(merges, {
      merged_by: ['siggen', 'siggen'],
      signature: ['app.parse', 'app.parse'],
      events: [3, 3],
      split_by: ['sentry', 'top-frame'],
      split_into: [2, 2],
      split_signatures: [
        'ValueError | app.parse ‖ KeyError | app.parse',
        'ValueError @ app.py:50 ‖ KeyError @ app.py:50',
      ],
    });
  });

  it('sees deeper sentry levels split what depth 1 merges', () => {
    const { groups } = compareStrategies(frameTables(events), { strategies: ['sentry'], depth: 2 });
    expect(groups.get('groups', 0)).toBe(3);
  });
});
