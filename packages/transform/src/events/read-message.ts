import { readLenientString, type JsonObject } from './event-fields.js';
import type { EventParts } from './event-parts.js';

function nonEmpty(value: unknown): string | null {
  const text = readLenientString(value);
  return text === null || text === '' ? null : text;
}

/**
 * The event's message, formatted text first: the message entry's / `logentry`'s `formatted`, else the top-level
 * `message` (a string; an object in some old payloads), else the message template (`logentry.message`, which
 * still holds `%s` placeholders). Empty strings count as no message.
 */
export function readMessage(event: JsonObject, parts: EventParts): string | null {
  const entry = parts.logentry?.value;
  const top = event.message;
  const legacy = top !== null && typeof top === 'object' && !Array.isArray(top) ? (top as JsonObject) : null;
  return (
    nonEmpty(entry?.formatted) ??
    (legacy === null ? nonEmpty(top) : nonEmpty(legacy.formatted)) ??
    nonEmpty(entry?.message) ??
    nonEmpty(legacy?.message)
  );
}
