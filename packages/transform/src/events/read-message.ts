import { readLenientString, type JsonObject } from './event-fields.js';
import type { EventParts } from './event-parts.js';

function nonEmpty(value: unknown): string | null {
  const text = readLenientString(value);
  return text === null || text === '' ? null : text;
}

/**
 * The event's message: the message entry / `logentry` (formatted, else the template), else the top-level
 * `message` (a string, or an object in old payloads). Empty strings count as no message.
 */
export function readMessage(event: JsonObject, parts: EventParts): string | null {
  const entry = parts.logentry?.value;
  const top = event.message;
  const legacy = top !== null && typeof top === 'object' && !Array.isArray(top) ? (top as JsonObject) : null;
  return (
    nonEmpty(entry?.formatted) ??
    nonEmpty(entry?.message) ??
    (legacy === null ? nonEmpty(top) : (nonEmpty(legacy.formatted) ?? nonEmpty(legacy.message)))
  );
}
