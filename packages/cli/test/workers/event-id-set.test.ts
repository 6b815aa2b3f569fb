import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEventIdSet } from '../../src/workers/event-id-set.js';

const hex = (n: number) => n.toString(16).padStart(32, '0');

describe('createEventIdSet', () => {
  it('tells a repeat from a new id: 100k ids that count up, random UUIDs and other strings', () => {
    const ids = createEventIdSet();
    const distinct = [
      ...Array.from({ length: 100_000 }, (_, i) => hex(i)),
      ...Array.from({ length: 20_000 }, () => randomUUID().replace(/-/g, '')),
      ...['copy0-event1', 'copy1-event1', '', 'é'],
    ];
    expect(distinct.filter((id) => !ids.add(id))).toEqual([]);
    expect(distinct.filter((id) => ids.add(id))).toEqual([]);
  });

  it('says whether it has an id without adding it', () => {
    const ids = createEventIdSet();
    expect([ids.has('a'), ids.has('a'), ids.add('a'), ids.has('a'), ids.has('b')]).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('merges another set, counting the ids both had', () => {
    const [a, b] = [createEventIdSet(), createEventIdSet()];
    for (let i = 0; i < 3000; i++) a.add(hex(i));
    for (let i = 2000; i < 6000; i++) b.add(hex(i));
    expect(a.merge(b.table)).toBe(1000);
    expect(a.add(hex(5999))).toBe(false);
    expect(a.add(hex(6000))).toBe(true);
  });
});
