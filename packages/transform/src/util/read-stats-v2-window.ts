import { SentryOfflineError } from '@sentry-offline/schema';
import { parseDate } from './parse-date.js';
import { parseInterval } from './parse-interval.js';

/** The time axis of a stats-v2 payload: where each interval starts and ends (epoch milliseconds). */
export interface StatsV2Window {
  start: number;
  end: number;
  /** The interval starts; empty when the payload has no `intervals`. */
  starts: number[];
  /** The interval ends: the next interval's start; the last one step after its start. */
  ends: number[];
}

function requireDate(value: unknown, file: string, place: string): number {
  const date = typeof value === 'string' ? parseDate(value) : null;
  if (date === null) {
    throw new SentryOfflineError(
      'transform.invalidPayload',
      `${file}: ${place} is ${JSON.stringify(value)}, expected an ISO-8601 date`,
      { details: { file, pointer: place, value } },
    );
  }
  return date.getTime();
}

/**
 * Reads `start`, `end` and `intervals`. The last interval ends one step after its start: the gap between the
 * last two intervals, else the `interval` option, else (one interval, no option) the payload's `end`.
 */
export function readStatsV2Window(
  payload: Record<string, unknown>,
  file: string,
  interval: number | string | undefined,
): StatsV2Window {
  const start = requireDate(payload.start, file, '/start');
  const end = requireDate(payload.end, file, '/end');
  const raw = Array.isArray(payload.intervals) ? (payload.intervals as unknown[]) : [];
  const starts = raw.map((value, i) => requireDate(value, file, `/intervals/${i}`));
  for (let i = 1; i < starts.length; i++) {
    if (starts[i] <= starts[i - 1]) {
      throw new SentryOfflineError(
        'transform.intervalOrder',
        `${file}: /intervals/${i} (${String(raw[i])}) does not come after ${String(raw[i - 1])}; intervals must be strictly increasing`,
        { details: { file, pointer: `/intervals/${i}` } },
      );
    }
  }
  const n = starts.length;
  const step =
    n >= 2 ? starts[n - 1] - starts[n - 2] : interval !== undefined ? parseInterval(interval) * 1000 : null;
  const ends = starts.map((_, i) => (i + 1 < n ? starts[i + 1] : step === null ? end : starts[i] + step));
  return { start, end, starts, ends };
}
