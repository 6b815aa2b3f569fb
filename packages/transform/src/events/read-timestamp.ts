import { invalidEvent, type EventPlace } from './event-fields.js';

const NUMERIC = /^\d+(\.\d+)?$/;
const HAS_ZONE = /(Z|[+-]\d\d:?\d\d)$/i;

/**
 * A Sentry timestamp as a Date: unix seconds (a number, fractions allowed, or the same as text) or an ISO-8601
 * string, read as UTC when it has no offset (Sentry's timestamps are always UTC). Missing gives null; anything
 * else throws `transform.invalidEvent`.
 */
export function readTimestamp(
  value: unknown,
  place: EventPlace,
  base: string,
  key?: string | number,
): Date | null {
  if (value === undefined || value === null) return null;
  let ms = NaN;
  if (typeof value === 'number') ms = value * 1000;
  else if (typeof value === 'string') {
    // the common case first: an ISO date in UTC ("…Z"), as the API writes dateCreated, needs no pattern
    const text = value.endsWith('Z') && value.charCodeAt(0) > 32 ? value : value.trim();
    if (text.endsWith('Z') && text.length > 10) ms = Date.parse(text);
    else if (NUMERIC.test(text)) ms = Number(text) * 1000;
    else ms = Date.parse(HAS_ZONE.test(text) ? text : `${text}Z`);
  }
  // whole milliseconds, cut like Date.parse cuts "…56.098086Z", after rounding away float noise (x.301 * 1000)
  if (Number.isFinite(ms)) return new Date(Math.floor(Math.round(ms * 1000) / 1000));
  return invalidEvent(place, base, key, 'an ISO-8601 date or unix seconds', value);
}
