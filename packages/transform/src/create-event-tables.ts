import { SentryOfflineError } from '@sentry-offline/schema';
import type { ColumnTable } from 'arquero';
import {
  BREADCRUMB_COLUMNS,
  EVENT_COLUMNS,
  EVENT_PERSONAL_COLUMNS,
  EVENT_REDACTED_COLUMNS,
  EXCEPTION_COLUMNS,
  FRAME_COLUMNS,
  FRAME_PERSONAL_COLUMNS,
  TAG_COLUMNS,
  type EventColumn,
  type FrameColumn,
} from './events/event-table-specs.js';
import { readEvent, type EventTableBuilders } from './events/read-event.js';
import { TableBuilder, type ColumnType } from './events/table-builder.js';

/** Options of {@link tidyEvents}, {@link tidyEventsAsync} and {@link createEventTables}. */
export interface TidyEventsOptions {
  /**
   * The `project` of every event (default: the payload's `projectID` / `project`, as text). Give it when the
   * events were saved from one project's endpoint and the payloads do not say which.
   */
  project?: string | null;
  /**
   * Read `rawStacktrace` / `raw_stacktrace` (the frames before symbolication and source maps) where an exception
   * or thread has one, instead of its processed `stacktrace` (default `false`).
   */
  rawStacktraces?: boolean;
  /**
   * Copy personal data (default `false`): adds `user_id`, `user_email`, `user_ip_address`, `user_username`,
   * `user_name`, `request_data`, `request_cookies` to `events`, `vars` (JSON text) to `frames`, and keeps the
   * `user` / `sentry:user` tags.
   */
  personalData?: boolean;
  /**
   * Instead of leaving the user out, add `user_id`, `user_email`, `user_ip_address`, `user_username`, `user_name`
   * and the `user` / `sentry:user` tags with each value passed through this function (a keyed hash), so that
   * tables can still be joined and counted per user without holding who they are; request bodies, cookies and
   * frame `vars` stay out (default: none). Cannot be combined with `personalData`.
   */
  redact?: (value: string) => string;
  /**
   * The tables to fill (default all): the others come back with their columns and no rows, and cost no memory
   * (`tidy --table frames` of 100k events need not hold their breadcrumbs).
   */
  tables?: readonly (keyof EventTables)[];
}

/** The tables of a set of events, all keyed by `event_id`. See docs/tables/ for their columns. */
export interface EventTables {
  /** One row per event. */
  events: ColumnTable;
  /** One row per exception of a chain. */
  exceptions: ColumnTable;
  /** One row per stack frame (exceptions, threads, standalone stacktrace). */
  frames: ColumnTable;
  /** One row per tag. */
  tags: ColumnTable;
  /** One row per breadcrumb. */
  breadcrumbs: ColumnTable;
}

/**
 * An incremental builder of {@link EventTables}: add events one at a time, then finish; or, for exports too large
 * to hold as one table, take the rows in batches as they grow and write each out.
 */
export interface EventTablesBuilder {
  /**
   * Reads one event (API detail or raw JSON) into the tables; nothing of it is kept but its cells. Throws
   * `transform.invalidEvent` (and adds no row) when a field has the wrong type.
   */
  add(event: unknown): void;
  /**
   * The tables of the events added since the last `take` (or since the start), and the builder holds none of
   * them any more: batches taken in turn, then `finish`, stack up to the tables `finish` alone would return.
   */
  take(): EventTables;
  /** The tables of the events added since the last `take`. The builder is spent: `add` afterwards throws. */
  finish(): EventTables;
  /** The rows held now (not yet taken) by the largest of the tables being filled: when to `take`. */
  readonly held: number;
  /** How many events were added (taken or not). */
  readonly count: number;
  /**
   * The type of each column of each table, for writers of typed formats such as Parquet: a batch whose column
   * is all null still has a type. Every cell may be null except in `position` and `frame_index`.
   */
  readonly types: { readonly [T in keyof EventTables]: Readonly<Record<string, ColumnType>> };
}

/**
 * Creates an incremental builder of the event tables: the streaming core of {@link tidyEvents}, for inputs read
 * one event at a time (NDJSON, a folder of files, a worker thread's share).
 * @param options project (default: from the payload), rawStacktraces (default `false`), personalData (default
 *   `false`), redact (default none), tables (default all)
 * @example
 * const builder = createEventTables();
 * for (const line of ndjson.split('\n')) if (line) builder.add(JSON.parse(line));
 * const { frames } = builder.finish();
 */
export function createEventTables({
  project,
  rawStacktraces = false,
  personalData = false,
  redact,
  tables: wanted,
}: TidyEventsOptions = {}): EventTablesBuilder {
  if (personalData && redact) {
    throw new SentryOfflineError(
      'transform.invalidOption',
      'personalData and redact cannot be combined: copy personal data, or redact it',
    );
  }
  const keep = (name: keyof EventTables) => ({ keep: wanted === undefined || wanted.includes(name) });
  const tables: EventTableBuilders = {
    events: new TableBuilder<EventColumn>(
      personalData
        ? { ...EVENT_COLUMNS, ...EVENT_PERSONAL_COLUMNS }
        : redact
          ? { ...EVENT_COLUMNS, ...EVENT_REDACTED_COLUMNS }
          : EVENT_COLUMNS,
      keep('events'),
    ),
    exceptions: new TableBuilder(EXCEPTION_COLUMNS, keep('exceptions')),
    frames: new TableBuilder<FrameColumn>(
      personalData ? { ...FRAME_COLUMNS, ...FRAME_PERSONAL_COLUMNS } : FRAME_COLUMNS,
      keep('frames'),
    ),
    tags: new TableBuilder(TAG_COLUMNS, keep('tags')),
    breadcrumbs: new TableBuilder(BREADCRUMB_COLUMNS, keep('breadcrumbs')),
  };
  const all = Object.values(tables) as TableBuilder[];
  const options = { project, rawStacktraces, personalData, redact: redact ?? null };
  let count = 0;
  let finished = false;
  const take = (): EventTables => ({
    events: tables.events.build(),
    exceptions: tables.exceptions.build(),
    frames: tables.frames.build(),
    tags: tables.tags.build(),
    breadcrumbs: tables.breadcrumbs.build(),
  });
  return {
    add(event: unknown): void {
      if (finished) {
        throw new SentryOfflineError('transform.builderFinished', 'event tables: add() after finish()');
      }
      const marks = all.map((table) => table.rows);
      try {
        readEvent(event, { index: count, id: null }, tables, options);
      } catch (error) {
        all.forEach((table, i) => table.rollback(marks[i]));
        throw error;
      }
      count++;
    },
    take,
    finish(): EventTables {
      finished = true;
      return take();
    },
    get held() {
      return Math.max(...all.map((table) => table.rows));
    },
    get count() {
      return count;
    },
    types: {
      events: tables.events.types,
      exceptions: tables.exceptions.types,
      frames: tables.frames.types,
      tags: tables.tags.types,
      breadcrumbs: tables.breadcrumbs.types,
    },
  };
}
