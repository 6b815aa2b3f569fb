import { describe, expect, it } from 'vitest';
import { createEventIdSet } from '../../src/workers/event-id-set.js';
import { createRepeatLog, REPEATS_LISTED } from '../../src/workers/repeat-log.js';

describe('createRepeatLog', () => {
  it('counts every repeat, keeps the first 20 with their place, and where the 21st was', () => {
    const repeats = createRepeatLog<number>(createEventIdSet());
    // ids 0..29 at places 0..29, then again at places 100..129: 30 repeats
    const seen = [];
    for (let i = 0; i < 30; i++) seen.push(repeats.see(`id${i}`, i));
    for (let i = 0; i < 30; i++) seen.push(repeats.see(`id${i}`, 100 + i));
    expect(seen).toEqual([...Array<boolean>(30).fill(true), ...Array<boolean>(30).fill(false)]);
    expect(repeats.count).toBe(30);
    expect(REPEATS_LISTED).toBe(20);
    expect(repeats.listed.map((r) => r.place)).toEqual(Array.from({ length: 20 }, (_, i) => 100 + i));
    expect(repeats.listed[3].reason).toBe('event id3 again');
    expect(repeats.next).toBe(120);
  });

  it('absorbs the repeats of a part as if they had been met after its own', () => {
    // 15 repeats here, then a part with 10: the list takes the part's first 5, and its 6th is the next place
    const run = createRepeatLog<string>(createEventIdSet());
    for (let i = 0; i < 15; i++) [0, 1].forEach((copy) => run.see(`a${i}`, `run${copy}-${i}`));
    const part = createRepeatLog<string>(createEventIdSet());
    for (let i = 0; i < 10; i++) [0, 1].forEach((copy) => part.see(`b${i}`, `part${copy}-${i}`));
    run.absorb(part);
    expect(run.count).toBe(25);
    expect(run.listed.map((r) => r.place)).toEqual([
      ...Array.from({ length: 15 }, (_, i) => `run1-${i}`),
      ...Array.from({ length: 5 }, (_, i) => `part1-${i}`),
    ]);
    expect(run.next).toBe('part1-5');
    // a part whose own list is full, into a log without repeats: its list, its next place and its count
    const empty = createRepeatLog<string>(createEventIdSet());
    const full = createRepeatLog<string>(createEventIdSet());
    for (let i = 0; i < 30; i++) [0, 1].forEach((copy) => full.see(`c${i}`, `full${copy}-${i}`));
    empty.absorb(full);
    expect([empty.count, empty.listed.length, empty.listed[19].place, empty.next]).toEqual([
      30,
      20,
      'full1-19',
      'full1-20',
    ]);
  });

  it('has no next place while the list has room, and escapes control characters of an id', () => {
    const repeats = createRepeatLog<string>(createEventIdSet());
    repeats.see('a\u0007b', 'x.json');
    repeats.see('a\u0007b', 'y.json');
    expect([repeats.count, repeats.next, repeats.listed]).toEqual([
      1,
      undefined,
      [{ place: 'y.json', reason: 'event a\\u0007b again' }],
    ]);
  });
});
