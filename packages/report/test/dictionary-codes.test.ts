import { describe, expect, it } from 'vitest';
import { dictionaryCodes } from '../src/util/dictionary-codes.js';

describe('dictionaryCodes', () => {
  it('numbers values in order of first appearance, 1 and "1" apart, null and undefined together', () => {
    const { codes, values } = dictionaryCodes([1, '1', null, 1, undefined, '1', 'a']);
    expect(Array.from(codes)).toEqual([0, 1, 2, 0, 2, 1, 3]);
    expect(values).toEqual([1, '1', null, 'a']);
  });

  it('numbers equal Dates as one value, keeping the first', () => {
    const first = new Date('2024-01-01T00:00:00Z');
    const { codes, values } = dictionaryCodes([
      first,
      new Date('2024-01-02T00:00:00Z'),
      new Date(first.getTime()),
    ]);
    expect(Array.from(codes)).toEqual([0, 1, 0]);
    expect(values[0]).toBe(first);
  });

  it('keeps a Date and its time in ms apart', () => {
    const day = new Date('2024-01-01T00:00:00Z');
    expect(Array.from(dictionaryCodes([day, day.getTime()]).codes)).toEqual([0, 1]);
  });
});
