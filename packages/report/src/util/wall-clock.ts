import { SentryOfflineError } from '@sentry-offline/schema';

/** Local date and time fields of an instant in a time zone; `weekday` 0 = Sunday. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (cause) {
      throw new SentryOfflineError(
        'report.invalidTimeZone',
        `unknown time zone "${timeZone}" (expected an IANA name such as "UTC" or "Europe/Vienna")`,
        { details: { timeZone }, cause },
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws `report.invalidTimeZone` unless `timeZone` is an IANA zone this runtime knows. */
export function checkTimeZone(timeZone: string): void {
  // every runtime knows UTC, and wallClock never asks Intl about it: no formatter to build (~4 ms)
  if (timeZone !== 'UTC') formatter(timeZone);
}

/** The wall clock of `time` (ms since epoch) in `timeZone`. */
export function wallClock(time: number, timeZone: string): WallClock {
  if (timeZone === 'UTC') {
    const d = new Date(time);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
  }
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(time)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = fields;
  return { year, month, day, hour, minute, second };
}

/** The instant (ms) at which the wall clock of `timeZone` shows midnight of year-month-day (day may overflow). */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  if (timeZone === 'UTC') return wall;
  const offset = (t: number): number => {
    const w = wallClock(t, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - (t - (t % 1000));
  };
  // two rounds settle the offset, also across a DST change between the guess and the answer
  const first = wall - offset(wall);
  return wall - offset(first);
}
