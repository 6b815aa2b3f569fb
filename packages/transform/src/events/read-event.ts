import { invalidEvent, readObject, readString, type EventPlace, type JsonObject } from './event-fields.js';
import { readEventParts } from './event-parts.js';
import type {
  BreadcrumbColumn,
  EventColumn,
  ExceptionColumn,
  FrameColumn,
  TagColumn,
} from './event-table-specs.js';
import { readBreadcrumbs } from './read-breadcrumbs.js';
import { readEventRow } from './read-event-row.js';
import { readExceptions } from './read-exceptions.js';
import { readFrames } from './read-frames.js';
import { readPersonalData } from './read-personal-data.js';
import { readTags } from './read-tags.js';
import type { TableBuilder } from './table-builder.js';

/** The five table builders an event is read into. */
export interface EventTableBuilders {
  events: TableBuilder<EventColumn>;
  exceptions: TableBuilder<ExceptionColumn>;
  frames: TableBuilder<FrameColumn>;
  tags: TableBuilder<TagColumn>;
  breadcrumbs: TableBuilder<BreadcrumbColumn>;
}

/** What {@link readEvent} needs besides the event. */
export interface ReadEventOptions {
  project: string | null | undefined;
  rawStacktraces: boolean;
  personalData: boolean;
  /** Redact user identifiers with this function instead of leaving them out (null: leave them out). */
  redact: ((value: string) => string) | null;
}

const ID_KEYS = ['eventID', 'event_id', 'id'];

/** The event id of an event in either shape (`eventID`, `event_id`, else `id`). */
export function eventIdOf(event: JsonObject, place: EventPlace): string | null {
  for (const key of ID_KEYS) {
    if (event[key] !== undefined && event[key] !== null) return readString(event[key], place, '', key);
  }
  return null;
}

/**
 * Reads one event (API detail or raw JSON) into the builders. Throws `transform.invalidEvent` on a value of the
 * wrong type; the caller rolls the builders back.
 */
export function readEvent(
  value: unknown,
  place: EventPlace,
  tables: EventTableBuilders,
  { project, rawStacktraces, personalData, redact }: ReadEventOptions,
): void {
  const event = readObject(value, place, '') ?? invalidEvent(place, '', undefined, 'an event object', value);
  place.id = eventIdOf(event, place);
  const parts = readEventParts(event, place);
  const tags = readTags(event.tags, place, tables.tags, personalData || redact !== null, redact);
  readEventRow(event, parts, tags, place, tables.events, project);
  if (personalData || redact) readPersonalData(event, parts, place, tables.events, redact);
  readExceptions(parts.exceptions, place, tables.exceptions);
  const platform = readString(event.platform, place, '', 'platform');
  readFrames(parts, place, tables.frames, { platform, raw: rawStacktraces, personalData });
  readBreadcrumbs(parts.breadcrumbs, place, tables.breadcrumbs);
}
