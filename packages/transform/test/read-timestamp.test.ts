import type { SentryOfflineError } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import { readTimestamp } from '../src/events/read-timestamp.js';

const place = { index: 0, id: null };
const ms = (value: unknown) => readTimestamp(value, place, '', 'dateCreated')?.getTime() ?? null;

describe('readTimestamp', () => {
  it('reads ISO dates (UTC with or without Z, offsets, spaces around) and unix seconds alike', () => {
    const t = Date.UTC(2025, 10, 22, 9, 1, 52, 123);
    expect(ms('2025-11-22T09:01:52.123Z')).toBe(t);
    expect(ms('2025-11-22T09:01:52.123')).toBe(t); // Sentry's zone-less timestamps are UTC
    expect(ms(' 2025-11-22T09:01:52.123Z ')).toBe(t);
    expect(ms('2025-11-22T10:01:52.123+01:00')).toBe(t);
    expect(ms('2025-11-22t09:01:52.123z')).toBe(t);
    expect(ms(t / 1000)).toBe(t);
    expect(ms(String(t / 1000))).toBe(t);
    // microseconds are cut to whole milliseconds, as Date.parse cuts them
    expect(ms('2025-11-22T09:01:52.123987Z')).toBe(t);
    expect([ms(null), ms(undefined)]).toEqual([null, null]);
  });

  it('throws transform.invalidEvent for text that is not a date', () => {
    for (const bad of ['yesterday', 'Z', '', true]) {
      let code: string | undefined;
      try {
        readTimestamp(bad, place, '', 'dateCreated');
      } catch (error) {
        code = (error as SentryOfflineError).code;
      }
      expect([bad, code]).toEqual([bad, 'transform.invalidEvent']);
    }
  });
});
