import { readLenientString, readObject, readString, type EventPlace } from './event-fields.js';
import type { ValueList } from './event-parts.js';
import type { BreadcrumbColumn } from './event-table-specs.js';
import { readTimestamp } from './read-timestamp.js';
import type { TableBuilder } from './table-builder.js';

/** Adds one row per breadcrumb, oldest first as in the payload; `data` is not copied. */
export function readBreadcrumbs(
  list: ValueList | null,
  place: EventPlace,
  table: TableBuilder<BreadcrumbColumn>,
): void {
  if (list === null) return;
  for (let i = 0; i < list.items.length; i++) {
    const pointer = list.pointer(i);
    const crumb = readObject(list.items[i], place, pointer);
    if (crumb === null) continue;
    table.push('event_id', place.id);
    table.push('timestamp', readTimestamp(crumb.timestamp, place, pointer, 'timestamp'));
    table.push('type', readString(crumb.type, place, pointer, 'type'));
    table.push('category', readString(crumb.category, place, pointer, 'category'));
    table.push('level', readString(crumb.level, place, pointer, 'level'));
    table.push('message', readLenientString(crumb.message));
  }
}
