import { SentryOfflineError } from '@sentry-offline/schema';
import { parseDate } from './parse-date.js';
import { parseInterval } from './parse-interval.js';

/** The time axis of a stats-v2 payload: where each interval starts and ends (epoch milliseconds). */
export interface StatsV2Window {
  start: number;
  end: number;
  /** The interval starts in time order; empty when the payload has no `intervals`. */
  starts: number[];
  /** For each position of `starts`, the index of that interval in the payload's `intervals`. */
  order: number[];
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
 * Reads `start`, `end` and `intervals` (sorted by time). The last interval ends one step after its start: the gap between the
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
  const times = raw.map((value, i) => requireDate(value, file, `/intervals/${i}`));
  // hand-merged files can list intervals out of order: each point belongs to its interval by position, so the
  // intervals are sorted and the series follow them; a repeated interval has no single place and is refused
  const order = times.map((_, i) => i).sort((a, b) => times[a] - times[b] || a - b);
  const starts = order.map((i) => times[i]);
  for (let k = 1; k < starts.length; k++) {
    if (starts[k] === starts[k - 1]) {
      const [first, again] = [order[k - 1], order[k]].sort((a, b) => a - b);
      throw new SentryOfflineError(
        'transform.intervalOrder',
        `${file}: /intervals/${again} (${String(raw[again])}) repeats /intervals/${first}; each interval must appear once`,
        { details: { file, pointer: `/intervals/${again}` } },
      );
    }
  }
  const n = starts.length;
  const step =
    n >= 2 ? starts[n - 1] - starts[n - 2] : interval !== undefined ? parseInterval(interval) * 1000 : null;
  const ends = starts.map((_, i) => (i + 1 < n ? starts[i + 1] : step === null ? end : starts[i] + step));
  return { start, end, starts, ends, order };
}
