import {
  readLenientString,
  readObject,
  readString,
  type EventPlace,
  type JsonObject,
} from './event-fields.js';
import type { EventParts } from './event-parts.js';
import type { EventColumn } from './event-table-specs.js';
import type { TableBuilder } from './table-builder.js';

/**
 * Adds the user and request-body columns of the event's row (only when personal data is asked for); with
 * `redact`, only the user columns, each value redacted.
 */
export function readPersonalData(
  event: JsonObject,
  parts: EventParts,
  place: EventPlace,
  table: TableBuilder<EventColumn>,
  redact: ((value: string) => string) | null = null,
): void {
  const userKey = event.user === undefined ? 'sentry.interfaces.User' : 'user';
  const user = readObject(event[userKey], place, '', userKey);
  const pointer = `/${userKey}`;
  const field = (key: string) => {
    const value = readString(user?.[key], place, pointer, key);
    return value !== null && redact ? redact(value) : value;
  };
  table.push('user_id', field('id'));
  table.push('user_email', field('email'));
  table.push('user_ip_address', field('ip_address'));
  table.push('user_username', field('username'));
  table.push('user_name', field('name'));
  if (redact) return;
  table.push('request_data', readLenientString(parts.request?.data));
  table.push('request_cookies', readLenientString(parts.request?.cookies));
}
