import { readObject, readString, type EventPlace, type JsonObject } from './event-fields.js';
import type { EventParts } from './event-parts.js';
import type { EventColumn } from './event-table-specs.js';
import { readMessage } from './read-message.js';
import { readTimestamp } from './read-timestamp.js';
import type { TableBuilder } from './table-builder.js';

/** The first of several spellings of a top-level field that the event has. */
function firstKey(event: JsonObject, keys: readonly string[]): string {
  for (const key of keys) if (event[key] !== undefined && event[key] !== null) return key;
  return keys[0];
}

function field(event: JsonObject, place: EventPlace, keys: readonly string[]): string | null {
  const key = firstKey(event, keys);
  return readString(event[key], place, '', key);
}

/** `name version` of a context (`Windows 10`, `Chrome 83.0`), as Sentry writes the `os`/`browser` tags. */
function contextName(contexts: JsonObject | null, name: string, place: EventPlace): string | null {
  const context = readObject(contexts?.[name], place, '/contexts', name);
  if (context === null) return null;
  const pointer = `/contexts/${name}`;
  if (name === 'device') {
    const key = firstKey(context, ['model', 'family', 'name']);
    return readString(context[key], place, pointer, key);
  }
  const base = readString(context.name, place, pointer, 'name');
  const version = readString(context.version, place, pointer, 'version');
  return base !== null && version !== null ? `${base} ${version}` : base;
}

function release(event: JsonObject, place: EventPlace): string | null {
  const value = event.release;
  // the API detail carries the release object, the raw event its version string
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return readString((value as JsonObject).version, place, '/release', 'version');
  }
  return readString(value, place, '', 'release');
}

function tag(tags: Map<string, string | null>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value !== undefined && value !== null) return value;
  }
  return null;
}

/** Adds the event's row; fields the API detail keeps only in tags (level, environment, …) fall back on them. */
export function readEventRow(
  event: JsonObject,
  parts: EventParts,
  tags: Map<string, string | null>,
  place: EventPlace,
  table: TableBuilder<EventColumn>,
  project: string | null | undefined,
): void {
  const sdk = readObject(event.sdk, place, '', 'sdk');
  const contexts = readObject(event.contexts, place, '', 'contexts');
  const trace = readObject(contexts?.trace, place, '/contexts', 'trace');
  const created = firstKey(event, ['dateCreated', 'datetime', 'timestamp']);
  const received = firstKey(event, ['dateReceived', 'received']);
  table.push('event_id', place.id);
  table.push('group_id', field(event, place, ['groupID', 'group_id']));
  table.push('project', project !== undefined ? project : field(event, place, ['projectID', 'project']));
  table.push('platform', field(event, place, ['platform']));
  table.push('type', field(event, place, ['type']));
  table.push('title', field(event, place, ['title']));
  table.push('message', readMessage(event, parts));
  table.push('culprit', field(event, place, ['culprit']));
  table.push('level', field(event, place, ['level']) ?? tag(tags, 'level'));
  table.push('environment', field(event, place, ['environment']) ?? tag(tags, 'environment'));
  table.push('release', release(event, place) ?? tag(tags, 'release', 'sentry:release'));
  table.push('dist', field(event, place, ['dist']) ?? tag(tags, 'dist', 'sentry:dist'));
  table.push('date_created', readTimestamp(event[created], place, '', created));
  table.push('date_received', readTimestamp(event[received], place, '', received));
  table.push('sdk_name', readString(sdk?.name, place, '/sdk', 'name'));
  table.push('sdk_version', readString(sdk?.version, place, '/sdk', 'version'));
  table.push('transaction', field(event, place, ['transaction']) ?? tag(tags, 'transaction'));
  table.push('trace_id', readString(trace?.trace_id, place, '/contexts/trace', 'trace_id'));
  for (const name of ['os', 'browser', 'runtime', 'device'] as const) {
    table.push(name, contextName(contexts, name, place) ?? tag(tags, name));
  }
}
