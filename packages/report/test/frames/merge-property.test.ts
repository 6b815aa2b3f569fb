import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '@sentry-offline/transform';
import {
  addFrameAggregate,
  aggregateFrames,
  finishFrameAggregate,
  mergeFrameAggregates,
  type FrameAggregate,
  type SignatureStrategy,
} from '../../src/index.js';
import { frameTables, type TestEvent, type TestFrame } from '../util/frame-tables.js';
import { lcg } from '../util/lcg.js';

const FUNCTIONS: TestFrame[] = [
  { function: 'main', filename: 'src/main.js' },
  { function: 'Object.handle', filename: 'src/handler.js' },
  { function: 'render', filename: 'src/view.js' },
  { function: 'render', filename: 'src/view.js' },
  {
    function: 'parse',
    abs_path: '/app/node_modules/qs/lib/parse.js',
    filename: 'node_modules/qs/lib/parse.js',
  },
  { function: 'Array.map', filename: '[native code]', abs_path: '[native code]' },
  { function: 'save', filename: 'src/db.js', in_app: true },
  { function: 'emit', abs_path: 'node:events', filename: 'node:events', in_app: false },
];

/** Events drawn from small pools, so that signatures, issues and files repeat. */
function randomEvents(seed: number, n: number): TestEvent[] {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  return Array.from({ length: n }, (_, i) => ({
    event_id: `ev${String(i).padStart(4, '0')}`,
    platform: 'node',
    type: pick(['TypeError', 'RangeError', null]),
    release: pick(['1.0', '1.1', null]),
    environment: pick(['prod', 'staging']),
    group_id: pick(['g1', 'g2', 'g3', 'g4', null]),
    date_created: random() < 0.1 ? null : new Date(Date.UTC(2024, 0, 1 + Math.floor(random() * 30))),
    frames: Array.from({ length: Math.floor(random() * 6) }, () => pick(FUNCTIONS)),
  }));
}

function finished(state: FrameAggregate): string {
  const report = finishFrameAggregate(state, { top: 4 });
  return [
    report.signatures,
    report.crashSites,
    report.anywhere,
    report.stacks,
    report.hotFiles,
    report.splits,
  ]
    .map((t) => toCanonicalJson(t, { sortRows: false }))
    .join('');
}

describe('mergeFrameAggregates: the merge of partial aggregates equals the aggregate of all', () => {
  for (const strategy of ['sentry', 'siggen', 'top-frame'] as SignatureStrategy[]) {
    for (const seed of [1, 7, 42]) {
      it(`${strategy}, seed ${seed}: random two-way and three-way splits`, () => {
        const random = lcg(seed * 1000 + 3);
        const all = randomEvents(seed, 120);
        const options = { strategy, by: ['release', 'environment'] };
        const whole = finished(aggregateFrames(frameTables(all), options));
        const parts: TestEvent[][] = [[], [], []];
        for (const event of all) parts[Math.floor(random() * 3)].push(event);
        const [a, b, c] = parts.map((p) => aggregateFrames(frameTables(p), options));
        // through structuredClone, as worker threads would send them
        const [ca, cb, cc] = [a, b, c].map((s) => structuredClone(s));
        expect(finished(mergeFrameAggregates(mergeFrameAggregates(ca, cb), cc))).toBe(whole);
        expect(finished(mergeFrameAggregates(cc, mergeFrameAggregates(cb, ca)))).toBe(whole);
        const halves = [all.filter((_, i) => i % 2 === 0), all.filter((_, i) => i % 2 === 1)];
        const [h1, h2] = halves.map((h) => aggregateFrames(frameTables(h), options));
        expect(finished(mergeFrameAggregates(h1, h2))).toBe(whole);
      });
    }
  }

  it('does not change its inputs', () => {
    const a = aggregateFrames(frameTables(randomEvents(3, 20)));
    const b = aggregateFrames(frameTables(randomEvents(4, 20)));
    const before = [finished(a), finished(b)];
    mergeFrameAggregates(a, b);
    expect([finished(a), finished(b)]).toEqual(before);
  });

  it('addFrameAggregate folds parts into an accumulator: the same result, parts unchanged and not shared', () => {
    const options = { by: ['release'] };
    const all = randomEvents(11, 150);
    const parts = [all.slice(0, 40), all.slice(40, 90), all.slice(90)].map((p) =>
      aggregateFrames(frameTables(p), options),
    );
    const before = parts.map(finished);
    const total = structuredClone(parts[0]);
    addFrameAggregate(total, parts[1]);
    addFrameAggregate(total, parts[2]);
    expect(finished(total)).toBe(finished(aggregateFrames(frameTables(all), options)));
    // changing the accumulator afterwards leaves the parts as they were
    addFrameAggregate(total, parts[1]);
    expect(parts.map(finished)).toEqual(before);
    expect(() => addFrameAggregate(total, aggregateFrames(frameTables([]), { strategy: 'siggen' }))).toThrow(
      expect.objectContaining({ code: 'report.incompatibleAggregates' }),
    );
  });

  it('merges with an empty aggregate as the identity', () => {
    const a = aggregateFrames(frameTables(randomEvents(5, 30)));
    const empty = aggregateFrames(frameTables([]));
    expect(finished(mergeFrameAggregates(empty, a))).toBe(finished(a));
  });
});
