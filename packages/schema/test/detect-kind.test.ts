import { describe, expect, it } from 'vitest';
import { detectKind, KIND_SHAPES, PAYLOAD_KINDS, type PayloadKind } from '../src/index.js';

const T = 1795305600;

/** One small, typical payload per kind. */
const typical: Record<PayloadKind, unknown> = {
  'stats-v2': { start: 'a', end: 'b', intervals: [], groups: [] },
  'stats-summary': { start: 'a', end: 'b', projects: [] },
  'stats-series': [[T, 3]],
  event: { eventID: '9999aaaaca8b46d797c23c6077c6ff01', dateCreated: '2026-11-22T00:00:00Z', entries: [] },
  'raw-event': { event_id: '9999aaaaca8b46d797c23c6077c6ff01', exception: { values: [] } },
  'events-list': [{ eventID: '9999aaaaca8b46d797c23c6077c6ff01', 'event.type': 'error' }],
  issue: { id: '1', shortId: 'WEB-1', title: 'TypeError' },
  'issues-list': [{ id: '1', shortId: 'WEB-1' }],
  discover: { data: [{ 'count()': 1 }], meta: { fields: { 'count()': 'integer' } } },
  'events-timeseries': { timeSeries: [] },
  'error-response': { detail: 'Invalid token' },
};

describe('detectKind', () => {
  it('names every kind from a typical payload', () => {
    const detected = Object.fromEntries(PAYLOAD_KINDS.map((k) => [k, detectKind(typical[k]).kind]));
    expect(detected).toEqual(Object.fromEntries(PAYLOAD_KINDS.map((k) => [k, k])));
  });

  it('says why', () => {
    expect(detectKind(typical['stats-v2'])).toEqual({
      kind: 'stats-v2',
      reason: 'has groups with start/end and intervals',
    });
    expect(detectKind({ start: 'a', end: 'b', groups: [] })).toEqual({
      kind: 'stats-v2',
      reason: 'has groups with start/end',
    });
    expect(detectKind(typical['stats-series'])).toEqual({
      kind: 'stats-series',
      reason: 'a list of [timestamp, count] pairs',
    });
    expect(detectKind(typical['error-response'])).toEqual({
      kind: 'error-response',
      reason: 'has only "detail": an API error body',
    });
  });

  it('tells a stats-v2 without groups by its intervals', () => {
    expect(detectKind({ start: 'a', end: 'b', intervals: [] })).toEqual({
      kind: 'stats-v2',
      reason: 'has start, end and intervals but no groups',
    });
  });

  it('reads every events-stats shape as events-timeseries', () => {
    const series = { data: [[T, [{ count: 1 }]]] };
    expect(detectKind(series)).toEqual({
      kind: 'events-timeseries',
      reason: 'has data of [timestamp, [{count}]] points (events-stats)',
    });
    const keyed = {
      kind: 'events-timeseries',
      reason: 'has series of [timestamp, [{count}]] points keyed by yAxis or group (events-stats)',
    };
    expect(detectKind({ 'count()': series, 'p95()': series })).toEqual(keyed);
    expect(detectKind({ 'web,TypeError': { order: 0, 'count()': series } })).toEqual(keyed);
  });

  it('does not take an object of unrelated objects for keyed events-stats', () => {
    expect(detectKind({ a: { data: [{ x: 1 }] } }).kind).toBeNull();
  });

  it('does not take an error body with more than detail, code, errorId and extra for one', () => {
    expect(detectKind({ detail: 'x', code: 'y', errorId: 'z', extra: {} }).kind).toBe('error-response');
    expect(detectKind({ detail: 'x', data: [{ a: 1 }], meta: {} }).kind).toBe('discover');
  });

  it('calls an empty list ambiguous and lists the candidates', () => {
    expect(detectKind([])).toEqual({
      kind: null,
      reason: 'an empty list: it could be an events list, an issues list or a stats series; give the kind',
      candidates: ['events-list', 'issues-list', 'stats-series'],
    });
  });

  it('lists the expected shapes for an unknown object', () => {
    expect(detectKind({ hello: 1, world: 2 })).toEqual({
      kind: null,
      reason: `an object with keys hello, world, which matches no known kind (expected one of: ${KIND_SHAPES})`,
      candidates: [],
    });
    expect(detectKind({})).toEqual({
      kind: null,
      reason: `an object with no keys, which matches no known kind (expected one of: ${KIND_SHAPES})`,
      candidates: [],
    });
  });

  it('lists the expected shapes for a list of something else', () => {
    expect(detectKind(['a'])).toEqual({
      kind: null,
      reason: `a list whose first item is string, which matches no known kind (expected one of: ${KIND_SHAPES})`,
      candidates: ['events-list', 'issues-list', 'stats-series'],
    });
  });

  it('rejects scalars and null', () => {
    for (const [value, type] of [
      [42, 'number'],
      ['x', 'string'],
      [true, 'boolean'],
      [null, 'null'],
    ] as const) {
      expect(detectKind(value)).toEqual({
        kind: null,
        reason: `a JSON ${type}, not an object or a list (expected one of: ${KIND_SHAPES})`,
        candidates: [],
      });
    }
  });
});
