import { describe, expect, it } from 'vitest';
import { SentryOfflineError } from '@sentry-offline/schema';
import {
  aggregateFrames,
  finishFrameAggregate,
  mergeFrameAggregates,
  signatureChanges,
  topFrames,
  topSignatures,
} from '../../src/index.js';
import { expectTable } from '../util/expect-table.js';
import { frameTables, type TestEvent } from '../util/frame-tables.js';

const day = (d: number) => new Date(Date.UTC(2024, 0, d));
const lib = (name: string) => ({
  function: name,
  abs_path: `/srv/node_modules/lodash/${name}.js`,
  filename: `node_modules/lodash/${name}.js`,
});

const events: TestEvent[] = [
  {
    event_id: 'e1',
    platform: 'node',
    type: 'TypeError',
    release: '1.0',
    group_id: 'g1',
    date_created: day(1),
    frames: [
      { function: 'main', filename: 'app.js' },
      { function: 'render', filename: 'app.js' },
      lib('fmt'),
    ],
  },
  {
    event_id: 'e2',
    platform: 'node',
    type: 'TypeError',
    release: '1.0',
    group_id: 'g1',
    date_created: day(3),
    frames: [
      { function: 'main', filename: 'app.js' },
      { function: 'render', filename: 'app.js' },
      lib('fmt'),
    ],
  },
  {
    event_id: 'e3',
    platform: 'node',
    type: 'Error',
    release: '2.0',
    group_id: 'g2',
    date_created: day(2),
    frames: [
      { function: 'main', filename: 'app.js' },
      { function: 'save', filename: 'db.js' },
    ],
  },
  {
    event_id: 'e4',
    platform: 'node',
    type: 'RangeError',
    release: '2.0',
    group_id: 'g3',
    date_created: day(5),
    frames: [lib('a'), lib('b')],
  },
  { event_id: 'e5', platform: 'node', type: 'Error', group_id: 'g4', date_created: day(4), frames: [] },
];
const tables = frameTables(events);

describe('topSignatures', () => {
  it('ranks signatures with issues, first/last seen, in-app ratio, and an other row that makes counts add up', () => {
    expectTable(topSignatures(tables, { top: 2 }), {
      rank: [1, 2, null],
      signature: ['TypeError | render | main', 'Error | (no frames)', 'other (2 signatures)'],
      count: [2, 1, 2],
      share: [0.4, 0.2, 0.4],
      issues: [1, 1, 2],
      first_seen: [day(1), day(4), day(2)],
      last_seen: [day(3), day(4), day(5)],
      in_app_ratio: [4 / 6, null, 2 / 4],
      example_event: ['e1', 'e5', null],
    });
  });
});

describe('finishFrameAggregate', () => {
  const report = finishFrameAggregate(aggregateFrames(tables, { by: ['release'] }), { top: 5 });

  it('counts stack kinds', () => {
    expectTable(report.stacks, {
      kind: ['none', 'system', 'app', 'mixed'],
      events: [1, 1, 1, 2],
      share: [0.2, 0.2, 0.2, 0.4],
    });
  });

  it('weights in-app files by closeness to the crash site', () => {
    // e1, e2: render (rank 0: 1) + main (rank 1: 1/2) in app.js; e3: save in db.js (1), main in app.js (1/2)
    expectTable(report.hotFiles, {
      rank: [1, 2],
      file: ['app.js', 'db.js'],
      weight: [3.5, 1],
      events: [3, 1],
      frames: [5, 1],
    });
  });

  it('splits signature counts by release', () => {
    expectTable(report.splits, {
      release: ['1.0', '2.0', '2.0', null],
      rank: [1, 1, 2, 1],
      signature: [
        'TypeError | render | main',
        'Error | save | main',
        'RangeError | b | a',
        'Error | (no frames)',
      ],
      count: [2, 1, 1, 1],
      share: [1, 0.5, 0.5, 1],
    });
  });
});

describe('topFrames', () => {
  it('counts functions as the crash site and anywhere in the stack, once per event', () => {
    expectTable(topFrames(tables, { fields: ['function'], top: 2 }), {
      field: ['function', 'function', 'function'],
      rank: [1, 2, null],
      value: ['fmt', 'b', 'other (1 values)'],
      crash_site: [2, 1, 1],
      crash_site_share: [0.5, 0.25, 0.25],
      anywhere: [2, 1, null],
      anywhere_share: [0.5, 0.25, null],
    });
    expectTable(topFrames(tables, { fields: ['file', 'package'], top: 1, rankBy: 'anywhere' }), {
      field: ['file', 'package'],
      rank: [1, 1],
      value: ['app.js', 'lodash'],
      anywhere: [3, 3],
      anywhere_share: [0.75, 0.75],
      crash_site: [0, 3],
    });
  });
});

describe('signatureChanges', () => {
  it('finds new signatures and rank changes against a baseline', () => {
    const baseline = aggregateFrames(frameTables([events[0], events[2]]));
    expectTable(signatureChanges(aggregateFrames(tables), baseline, { top: 3 }), {
      rank: [1, 2, 3],
      signature: ['TypeError | render | main', 'Error | (no frames)', 'Error | save | main'],
      count: [2, 1, 1],
      share: [0.4, 0.2, 0.2],
      baseline_rank: [2, null, 1],
      baseline_count: [1, 0, 1],
      baseline_share: [0.5, 0, 0.5],
      rank_change: [1, null, -2],
      status: ['up', 'new', 'down'],
    });
  });

  it('lists baseline top signatures that left the top as dropped', () => {
    const t = signatureChanges(
      aggregateFrames(frameTables(events.slice(3))),
      aggregateFrames(frameTables(events.slice(0, 1))),
      { top: 2 },
    );
    expect(
      (t.objects() as { signature: string; status: string }[]).map((r) => [r.signature, r.status]),
    ).toEqual([
      ['Error | (no frames)', 'new'],
      ['RangeError | b | a', 'new'],
      ['TypeError | render | main', 'dropped'],
    ]);
  });
});

describe('mergeFrameAggregates', () => {
  it('refuses aggregates built with other options', () => {
    const error = (() => {
      try {
        mergeFrameAggregates(aggregateFrames(tables), aggregateFrames(tables, { strategy: 'siggen' }));
      } catch (e) {
        return e as SentryOfflineError;
      }
    })();
    expect(error).toBeInstanceOf(SentryOfflineError);
    expect(error?.code).toBe('report.incompatibleAggregates');
  });
});

describe('aggregateFrames', () => {
  it('throws report.unknownColumn for a by column the events table lacks, or without an events table', () => {
    for (const input of [tables, tables.frames]) {
      let error: unknown;
      try {
        aggregateFrames(input, { by: ['colour'] });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SentryOfflineError);
      expect((error as SentryOfflineError).code).toBe('report.unknownColumn');
    }
  });
});
