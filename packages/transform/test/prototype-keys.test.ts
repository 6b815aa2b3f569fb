import { parseText } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import { tidyDiscover, tidyEvents, tidyEventsTimeseries } from '../src/index.js';

/** Parses like the CLI does: JSON.parse makes `__proto__` an own property, as data. */
function parse(text: string): never {
  const parsed = parseText('keys.json', text);
  if (!parsed.ok) throw new Error(parsed.issue.message);
  return parsed.value as never;
}

const untouched = () => {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(Object.keys(Object.prototype)).toEqual([]);
};

describe('attacker-chosen keys (__proto__, constructor, prototype)', () => {
  it('stay Discover columns holding their values', () => {
    const payload = parse(
      '{"data": [{"__proto__": "a", "constructor": "b", "prototype": 3}],' +
        ' "meta": {"fields": {"__proto__": "string", "constructor": "string", "prototype": "integer"}}}',
    );
    const { data, columns } = tidyDiscover(payload);
    // arquero cannot hold a column named __proto__: it is renamed, and the columns table names its field
    expect(data.columnNames()).toEqual(['__proto__ (field)', 'constructor', 'prototype']);
    expect(columns.array('field')).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(data.array('__proto__ (field)')).toEqual(['a']);
    expect(data.array('constructor')).toEqual(['b']);
    expect(data.array('prototype')).toEqual([3]);
    untouched();
  });

  it('stay group values of a time series', () => {
    const payload = parse(
      '{"timeSeries": [{"yAxis": "count()", "groupBy": [{"key": "__proto__", "value": "x"}],' +
        ' "meta": {"valueType": "integer", "valueUnit": null, "interval": 3600000},' +
        ' "values": [{"timestamp": 1795305600000, "value": 4, "incomplete": false}]}]}',
    );
    const table = tidyEventsTimeseries(payload);
    expect(table.array('by___proto__')).toEqual(['x']);
    untouched();
  });

  it('stay tag keys of an event', () => {
    const event = parse(
      '{"event_id": "0123456789abcdef0123456789abcdef", "platform": "python",' +
        ' "tags": [["__proto__", "p"], ["constructor", "c"], ["prototype", "t"]]}',
    );
    const { tags } = tidyEvents([event]);
    expect(tags.array('key')).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(tags.array('value')).toEqual(['p', 'c', 't']);
    untouched();
  });
});
