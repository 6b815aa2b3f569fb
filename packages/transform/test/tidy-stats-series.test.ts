import { describe, expect, it } from 'vitest';
import type { StatsSeries } from '@sentry-offline/schema';
import { tidyStatsSeries } from '../src/index.js';
import { deepFreeze } from './util/deep-freeze.js';
import { expectTable } from './util/expect-table.js';

describe('tidyStatsSeries', () => {
  it('turns [unix_seconds, count] pairs into UTC dates and counts', () => {
    // 1541455200 = 2018-11-05T22:00:00Z
    expectTable(
      tidyStatsSeries([
        [1541455200, 473],
        [1541458800, 0],
      ]),
      {
        timestamp: [new Date('2018-11-05T22:00:00Z'), new Date('2018-11-05T23:00:00Z')],
        count: [473, 0],
      },
    );
  });

  it('gives an empty table for an empty series', () => {
    expect(tidyStatsSeries([]).columnNames()).toEqual(['timestamp', 'count']);
  });

  it('never mutates its input', () => {
    const input = deepFreeze([[1541455200, 1]] as StatsSeries);
    tidyStatsSeries(input);
    expect(input).toEqual([[1541455200, 1]]);
  });

  it('throws transform.invalidPayload for a pair that is not two numbers', () => {
    expect(() => tidyStatsSeries([[1541455200, '3']] as unknown as StatsSeries, { file: 's.json' })).toThrow(
      expect.objectContaining({
        code: 'transform.invalidPayload',
        details: { file: 's.json', pointer: '/0' },
      }),
    );
    expect(() => tidyStatsSeries({} as unknown as StatsSeries)).toThrow(
      expect.objectContaining({ code: 'transform.invalidPayload' }),
    );
  });
});
