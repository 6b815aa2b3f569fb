import { SentryOfflineError } from '@sentry-offline/schema';
import { invalidEvent, readObject, type EventPlace } from './event-fields.js';
import { readEventParts } from './event-parts.js';
import { EVENT_COLUMNS, TAG_COLUMNS, type EventColumn, type TagColumn } from './event-table-specs.js';
import { eventIdOf } from './read-event.js';
import { readEventRow } from './read-event-row.js';
import { readTags } from './read-tags.js';
import { TableBuilder, type ColumnKind } from './table-builder.js';

/** The columns of the `events` table that {@link createEventColumnReader} reads (personal data aside). */
export const EVENT_TABLE_COLUMNS = Object.keys(EVENT_COLUMNS) as EventColumn[];

/**
 * The columns of the `events` table whose values repeat (platform, release, title…): `tidyEvents` keeps one copy
 * of each distinct value; a consumer that keeps cells of many events does well to do the same.
 */
export const EVENT_DICTIONARY_COLUMNS = EVENT_TABLE_COLUMNS.filter(
  (name) => (EVENT_COLUMNS as Record<string, ColumnKind>)[name] === 'dict',
);

// plain cells, no dictionary: the builders hold one row at a time and must not remember every title they saw
const plain = <N extends string>(spec: Record<N, ColumnKind>) =>
  Object.fromEntries(Object.keys(spec).map((name) => [name, 'value'])) as Record<N, ColumnKind>;

/**
 * A reader of some cells of the `events` table, one event at a time, without building tables: the same readers
 * as `tidyEvents` (tag fallbacks for level, environment, release…; the release object's version; contexts for
 * os, browser, runtime and device), so the values are the table's. For streaming consumers that need a few event
 * columns per event (splits of a frame aggregate). Throws `transform.invalidEvent` as `tidyEvents` would reject
 * the event, and `transform.unknownColumn` for a name that is not a column of the events table.
 * @param columns names of `events` columns (see {@link EVENT_TABLE_COLUMNS})
 * @example
 * const read = createEventColumnReader(['release', 'platform']);
 * const [release, platform] = read(event, 0);
 */
export function createEventColumnReader(
  columns: readonly string[],
): (event: unknown, index: number) => unknown[] {
  const missing = columns.find((c) => !(EVENT_TABLE_COLUMNS as string[]).includes(c));
  if (missing !== undefined) {
    throw new SentryOfflineError(
      'transform.unknownColumn',
      `the events table has no column "${missing}" (have: ${EVENT_TABLE_COLUMNS.join(', ')})`,
      { details: { column: missing } },
    );
  }
  const row = new TableBuilder<EventColumn>(plain(EVENT_COLUMNS));
  const tags = new TableBuilder<TagColumn>(plain(TAG_COLUMNS));
  const names = columns as readonly EventColumn[];
  return (value, index) => {
    const place: EventPlace = { index, id: null };
    try {
      const event =
        readObject(value, place, '') ?? invalidEvent(place, '', undefined, 'an event object', value);
      place.id = eventIdOf(event, place);
      const found = readTags(event.tags, place, tags, false, null);
      readEventRow(event, readEventParts(event, place), found, place, row, undefined);
      return names.map((name) => row.cell(name, 0));
    } finally {
      row.rollback(0);
      tags.rollback(0);
    }
  };
}
