import { invalidEvent, type EventPlace } from './event-fields.js';

/** A thread id (an integer or a string in Sentry's protocol) as a string, null when missing. */
export function readThreadId(value: unknown, place: EventPlace, base: string, key: string): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value === undefined || value === null) return null;
  return invalidEvent(place, base, key, 'a thread id (an integer or a string)', value);
}
