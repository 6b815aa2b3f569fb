import {
  keyOf,
  readBoolean,
  readLenientString,
  readObject,
  readString,
  type EventPlace,
} from './event-fields.js';
import type { ValueList } from './event-parts.js';
import type { ExceptionColumn } from './event-table-specs.js';
import { readThreadId } from './read-thread-id.js';
import type { TableBuilder } from './table-builder.js';

/** Adds one row per exception of the chain, `position` being its index in the payload's list (null items skipped). */
export function readExceptions(
  list: ValueList | null,
  place: EventPlace,
  table: TableBuilder<ExceptionColumn>,
): void {
  if (list === null) return;
  for (let i = 0; i < list.items.length; i++) {
    const pointer = list.pointer(i);
    const exception = readObject(list.items[i], place, pointer);
    if (exception === null) continue;
    const mechanism = readObject(exception.mechanism, place, pointer, 'mechanism');
    const threadKey = keyOf(exception, 'threadId', 'thread_id');
    table.push('event_id', place.id);
    table.push('position', i);
    table.push('type', readString(exception.type, place, pointer, 'type'));
    // Sentry stores non-string exception values as JSON text
    table.push('value', readLenientString(exception.value));
    table.push('module', readString(exception.module, place, pointer, 'module'));
    table.push('mechanism_type', readString(mechanism?.type, place, `${pointer}/mechanism`, 'type'));
    table.push('handled', readBoolean(mechanism?.handled, place, `${pointer}/mechanism`, 'handled'));
    table.push('thread_id', readThreadId(exception[threadKey], place, pointer, threadKey));
  }
}
