import { SentryOfflineError } from '@sentry-offline/schema';
import { invalidEvent, readObject, type EventPlace } from './event-fields.js';
import { readEventParts } from './event-parts.js';
import { EVENT_COLUMNS, TAG_COLUMNS, type EventColumn, type TagColumn } from './event-table-specs.js';
import { eventIdOf } from './read-event.js';
import { readEventRow } from './read-event-row.js';
import { readTags } from './read-tags.js';
import type { ColumnTable } from 'arquero';
import { TableBuilder, type ColumnKind } from './table-builder.js';

/** The columns of the `events` table that {@link createEventColumnReader} reads (personal data aside). */
export const EVENT_TABLE_COLUMNS = Object.keys(EVENT_COLUMNS) as EventColumn[];

// plain cells, no dictionary: the builders hold one row at a time and must not remember every title they saw
const plain = <N extends string>(spec: Record<N, ColumnKind>) =>
  Object.fromEntries(
    Object.entries<ColumnKind>(spec).map(([name, kind]) => [name, kind === 'dict' ? 'string' : kind]),
  ) as Record<N, ColumnKind>;

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
    try {
      readRow(value, index, row, tags);
      return names.map((name) => row.cell(name, 0));
    } finally {
      row.rollback(0);
      tags.rollback(0);
    }
  };
}

/** Pushes one event's row of the events table (its tags read into `tags`, for the fallbacks). */
function readRow(
  value: unknown,
  index: number,
  row: TableBuilder<EventColumn>,
  tags: TableBuilder<TagColumn>,
) {
  const place: EventPlace = { index, id: null };
  const event = readObject(value, place, '') ?? invalidEvent(place, '', undefined, 'an event object', value);
  place.id = eventIdOf(event, place);
  const found = readTags(event.tags, place, tags, false, null);
  readEventRow(event, readEventParts(event, place), found, place, row, undefined);
}

/** The events table alone, built one event at a time. */
export interface EventsTableBuilder {
  /** Adds the event's row; throws `transform.invalidEvent` (and adds no row) as `tidyEvents` would. */
  add(event: unknown): void;
  /** The events table of the events added. */
  finish(): ColumnTable;
}

/**
 * Builds the `events` table of `tidyEvents` without its other tables (frames, tags, breadcrumbs…): the same rows,
 * repeated values (platform, release, title…) kept once, for a consumer that needs one row an event of a large
 * export.
 * @example
 * const builder = createEventsTableBuilder();
 * for (const line of lines) builder.add(JSON.parse(line));
 * builder.finish().print();
 */
export function createEventsTableBuilder(): EventsTableBuilder {
  const rows = new TableBuilder<EventColumn>(EVENT_COLUMNS);
  const tags = new TableBuilder<TagColumn>(plain(TAG_COLUMNS));
  return {
    add(event) {
      const before = rows.rows;
      try {
        readRow(event, before, rows, tags);
      } catch (error) {
        rows.rollback(before);
        throw error;
      } finally {
        tags.rollback(0);
      }
    },
    finish: () => rows.build(),
  };
}
