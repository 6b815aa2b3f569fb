import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { isCommonDateTime } from '../src/util/is-common-date-time.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const full = (addFormats.get('date-time') as { validate: (s: string) => boolean }).validate;

/** [string, what the fast path says, what the full RFC 3339 check says], worked out by hand. */
const CASES: Array<[string, boolean, boolean]> = [
  ['2026-11-20T09:14:27.512000Z', true, true],
  ['2026-11-20T09:14:27Z', true, true],
  ['2026-11-20T09:14:27.5+01:00', true, true],
  ['2026-11-20T23:59:59-23:59', true, true],
  ['2024-02-29T00:00:00Z', true, true], // leap year
  ['2000-02-29T00:00:00Z', true, true], // divisible by 400
  ['1900-02-29T00:00:00Z', false, false], // divisible by 100, not a leap year
  ['2026-02-29T00:00:00Z', false, false],
  ['2026-04-31T00:00:00Z', false, false],
  ['2026-13-01T00:00:00Z', false, false],
  ['2026-00-10T00:00:00Z', false, false],
  ['2026-11-00T00:00:00Z', false, false],
  ['2026-11-20T24:00:00Z', false, false],
  ['2026-11-20T09:60:00Z', false, false],
  ['2026-11-20T09:14:27.Z', false, false], // a dot without digits
  ['2026-11-20T09:14:27+24:00', false, false],
  ['2026-11-20T09:14:27+01:60', false, false],
  ['2026-11-20T09:14:27+01:00x', false, false],
  ['2026-11-20T09:14:27', false, false], // no time zone
  ['2026-11-2OT09:14:27Z', false, false], // a letter O for a zero
  ['2026/11/20T09:14:27Z', false, false],
  // valid forms the fast path leaves to the full check
  ['2026-11-20t09:14:27z', false, true],
  ['2026-11-20 09:14:27Z', false, true],
  ['2026-11-20T09:14:27+0100', false, true],
  ['2026-11-20T09:14:27+01', false, true],
  ['2016-12-31T23:59:60Z', false, true], // a leap second
];

describe('isCommonDateTime', () => {
  it.each(CASES)('says %s is %s (the full check: %s)', (s, fast, complete) => {
    expect(isCommonDateTime(s)).toBe(fast);
    expect(full(s)).toBe(complete);
  });

  it('accepts nothing the full check refuses, over 20,000 seeded variations of a date-time', () => {
    // change one or two characters of valid date-times for a digit or a separator, with a seeded generator
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const bases = ['2024-02-29T23:59:59.999Z', '2026-11-20T09:14:27+01:00', '2000-12-31T00:00:00-23:59'];
    const chars = '0123456789-:.TZ+ tz';
    let accepted = 0;
    for (let n = 0; n < 20_000; n++) {
      const s = [...bases[n % bases.length]];
      for (let k = 0; k < 1 + (n % 2); k++)
        s[Math.floor(random() * s.length)] = chars[Math.floor(random() * chars.length)];
      const text = s.join('');
      if (isCommonDateTime(text)) {
        accepted++;
        expect(full(text), text).toBe(true);
      }
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  it('leaves what validation reports unchanged: the full check still refuses what the fast path does not take', () => {
    const event = (dateCreated: string) => ({
      eventID: '0123456789abcdef0123456789abcdef',
      dateCreated,
      entries: [],
    });
    expect(validate(event('2016-12-31T23:59:60Z')).ok).toBe(true);
    expect(validate(event('2026-02-29T00:00:00Z')).issues).toEqual([
      {
        file: '<input>',
        pointer: '/dateCreated',
        line: null,
        column: null,
        severity: 'error',
        keyword: 'format',
        message: '"2026-02-29T00:00:00Z" is not a valid date-time',
      },
    ]);
  });
});
