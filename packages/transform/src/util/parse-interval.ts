import { SentryOfflineError } from '@sentry-offline/schema';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Seconds of an interval given as seconds or as Sentry's `<number><unit>` text (`15m`, `1h`, `1d`, `1w`). */
export function parseInterval(interval: number | string): number {
  if (typeof interval === 'number' && Number.isFinite(interval) && interval > 0) return interval;
  const match = typeof interval === 'string' ? /^(\d+)([smhdw])$/.exec(interval.trim()) : null;
  if (match && Number(match[1]) > 0) return Number(match[1]) * UNIT_SECONDS[match[2]];
  throw new SentryOfflineError(
    'transform.invalidOption',
    `interval ${JSON.stringify(interval)} is not a positive number of seconds nor text like "1h", "15m" or "1d"`,
    { details: { interval } },
  );
}
