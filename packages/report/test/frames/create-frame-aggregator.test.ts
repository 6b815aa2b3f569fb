import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SentryOfflineError } from '@sentry-offline/schema';
import { tidyEvents } from '@sentry-offline/transform';
import { describe, expect, it } from 'vitest';
import {
  SIGNATURE_STRATEGIES,
  aggregateFrames,
  createFrameAggregator,
  finishFrameAggregate,
  mergeFrameAggregates,
  type FrameAggregate,
} from '../../src/index.js';

const fixtures = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));

/** Every valid event fixture, then each again as another event of another issue a day later. */
const events: Record<string, unknown>[] = ['event', 'raw-event'].flatMap((kind) =>
  readdirSync(join(fixtures, kind))
    .filter((name) => !name.startsWith('invalid-'))
    .map(
      (name) =>
        JSON.parse(readFileSync(join(fixtures, kind, name, 'payload.json'), 'utf8')) as Record<
          string,
          unknown
        >,
    ),
);
const again = events.map((e, i) =>
  'entries' in e
    ? { ...e, eventID: `again-${i}`, groupID: `g-${i}`, dateCreated: '2030-01-02T00:00:00Z' }
    : { ...e, event_id: `again-${i}`, timestamp: 1893542400 + i },
);

function fast(input: unknown[], options = {}): FrameAggregate {
  const aggregator = createFrameAggregator(options);
  for (const event of input) aggregator.add(event);
  return aggregator.finish();
}

/** The report tables as rows, with every value (not only the top ones). */
const report = (state: FrameAggregate) => {
  const tables = finishFrameAggregate(state, { top: 10_000 });
  return Object.fromEntries(
    (['signatures', 'crashSites', 'anywhere', 'stacks', 'hotFiles'] as const).map((k) => [
      k,
      tables[k].objects(),
    ]),
  );
};

describe('createFrameAggregator', () => {
  for (const strategy of SIGNATURE_STRATEGIES)
    it(`gives the aggregate of tidyEvents + aggregateFrames (${strategy}, every event fixture, twice)`, () => {
      const all = [...events, ...again];
      expect(report(fast(all, { strategy }))).toEqual(report(aggregateFrames(tidyEvents(all), { strategy })));
    });

  it('agrees with the table path when stacks sharing a crash site overflow its cache slot', () => {
    // 80 stacks with the same crash site and different callers: more than one cache slot holds
    const many = Array.from({ length: 80 }, (_, i) => ({
      event_id: `e${i}`,
      platform: 'python',
      exception: {
        values: [
          {
            type: 'KeyError',
            stacktrace: {
              frames: [
                {
                  function: `caller_${i % 70}`,
                  module: 'app.views',
                  filename: 'app/views.py',
                  lineno: i,
                  in_app: true,
                },
                { function: 'get', module: 'app.store', filename: 'app/store.py', lineno: 12, in_app: true },
              ],
            },
          },
        ],
      },
    }));
    expect(report(fast(many))).toEqual(report(aggregateFrames(tidyEvents(many))));
  });

  it('flushes partial aggregates that merge into the aggregate of all events, with its caches warm', () => {
    const all = [...events, ...again, ...events];
    const aggregator = createFrameAggregator();
    const parts: FrameAggregate[] = [];
    all.forEach((event, i) => {
      aggregator.add(event);
      if (i % 7 === 6) parts.push(aggregator.flush());
    });
    parts.push(aggregator.finish());
    const merged = parts.reduce((a, b) => mergeFrameAggregates(a, b));
    expect(parts.length).toBe(Math.floor(all.length / 7) + 1);
    expect(parts[1].events).toBe(7);
    expect(report(merged)).toEqual(report(fast(all)));
    expect(() => aggregator.flush()).toThrow(SentryOfflineError);
  });

  it('leaves transactions out and counts an event without frames as such', () => {
    const state = fast([
      { event_id: 't', type: 'transaction', platform: 'python' },
      { event_id: 'm', type: 'default', message: 'no stack', platform: 'python' },
    ]);
    expect([state.events, state.stackKinds]).toEqual([1, { none: 1, system: 0, app: 0, mixed: 0 }]);
  });

  it('throws transform.invalidEvent for a bad event and counts nothing of it; add after finish throws', () => {
    const aggregator = createFrameAggregator();
    const bad = { event_id: 'x', stacktrace: { frames: [{ function: 'f', lineno: 'twelve' }] } };
    let code: string | undefined;
    try {
      aggregator.add(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(SentryOfflineError);
      code = (error as SentryOfflineError).code;
    }
    expect(code).toBe('transform.invalidEvent');
    aggregator.add(events[0]);
    const state = aggregator.finish();
    expect([state.events, aggregator.count]).toEqual([1, 1]);
    expect(() => aggregator.add(events[0])).toThrow(SentryOfflineError);
  });
});

describe('createFrameAggregator with splits (by)', () => {
  /** `n` events: the fixtures over and over, each copy with an id, issue and release of its own. */
  const copies = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const e = events[i % events.length];
      const release = `r${i % 3}`;
      return 'entries' in e
        ? { ...e, eventID: `c-${i}`, groupID: `g-${i % 5}`, release: { version: release } }
        : { ...e, event_id: `c-${i}`, release };
    });
  const sortedSplits = (state: FrameAggregate) =>
    [...state.splits].map(([key, counts]) => [key, [...counts].sort()] as const).sort();

  it('gives the split aggregate of tidyEvents + aggregateFrames (4,100 events, three releases)', () => {
    const all = copies(4100);
    const by = ['release', 'platform'];
    const split = fast(all, { by });
    const tables = aggregateFrames(tidyEvents(all), { by });
    expect(split.events).toBe(4100);
    expect(split.by).toEqual(by);
    expect(report(split)).toEqual(report(tables));
    expect(sortedSplits(split)).toEqual(sortedSplits(tables));
    // and the unsplit counts are the fast path's
    expect(report(split)).toEqual(report(fast(all)));
    expect(new Set([...split.splits.keys()].map((k) => (JSON.parse(k) as string[])[0]))).toEqual(
      new Set(['r0', 'r1', 'r2']),
    );
  });

  it('counts each copy of an event given twice, as the fast path does, never merging their stacks', () => {
    const twice = [...events, ...events];
    const split = fast(twice, { by: ['platform'] });
    expect(split.events).toBe(twice.length);
    expect(report(split)).toEqual(report(fast(twice)));
  });

  it('flushes parts that merge into the whole; add and flush after finish throw', () => {
    const all = copies(2300);
    const aggregator = createFrameAggregator({ by: ['release'] });
    const parts: FrameAggregate[] = [];
    all.forEach((event, i) => {
      aggregator.add(event);
      if (i === 999) parts.push(aggregator.flush());
    });
    parts.push(aggregator.finish());
    expect(parts.map((p) => p.events)).toEqual([1000, 1300]);
    expect(aggregator.count).toBe(2300);
    const merged = mergeFrameAggregates(parts[0], parts[1]);
    expect(sortedSplits(merged)).toEqual(sortedSplits(fast(all, { by: ['release'] })));
    expect(aggregator.finish()).toBe(parts[1]);
    expect(() => aggregator.add(all[0])).toThrow(SentryOfflineError);
    expect(() => aggregator.flush()).toThrow(SentryOfflineError);
  });
});
