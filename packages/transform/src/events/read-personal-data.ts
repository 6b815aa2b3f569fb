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

/** Adds the user and request-body columns of the event's row (only when personal data is asked for). */
export function readPersonalData(
  event: JsonObject,
  parts: EventParts,
  place: EventPlace,
  table: TableBuilder<EventColumn>,
): void {
  const userKey = event.user === undefined ? 'sentry.interfaces.User' : 'user';
  const user = readObject(event[userKey], place, '', userKey);
  const pointer = `/${userKey}`;
  table.push('user_id', readString(user?.id, place, pointer, 'id'));
  table.push('user_email', readString(user?.email, place, pointer, 'email'));
  table.push('user_ip_address', readString(user?.ip_address, place, pointer, 'ip_address'));
  table.push('user_username', readString(user?.username, place, pointer, 'username'));
  table.push('user_name', readString(user?.name, place, pointer, 'name'));
  table.push('request_data', readLenientString(parts.request?.data));
  table.push('request_cookies', readLenientString(parts.request?.cookies));
}
