import { invalidEvent, readString, type EventPlace, type JsonObject } from './event-fields.js';
import type { TableBuilder } from './table-builder.js';
import type { TagColumn } from './event-table-specs.js';

/** Tags that stand in for event fields the API detail does not carry at the top level. */
const FALLBACK_KEYS = new Set([
  'level',
  'environment',
  'release',
  'sentry:release',
  'dist',
  'sentry:dist',
  'transaction',
  'os',
  'browser',
  'runtime',
  'device',
]);

/** Tags whose values are user e-mails, IPs, ids or user names (`email:a@b.c`, `ip:1.2.3.4`). */
const PERSONAL_KEYS = new Set(['user', 'sentry:user']);

/** A tag as [key, value, pointer of the key, pointer of the value], or null for a null item. */
type Tag = [unknown, unknown, string, string];

function tagOf(item: unknown, place: EventPlace, pointer: string): Tag | null {
  if (item === null || item === undefined) return null;
  if (Array.isArray(item)) return [item[0], item[1], `${pointer}/0`, `${pointer}/1`];
  if (typeof item === 'object') {
    const { key, value } = item as JsonObject;
    return [key, value, `${pointer}/key`, `${pointer}/value`];
  }
  return invalidEvent(place, pointer, undefined, 'a [key, value] pair or { key, value }', item);
}

/**
 * Adds one row per tag (API `[{ key, value }]`, raw `[[key, value]]` or `{ key: value }`) and returns the values
 * of the tags that event fields fall back on. `user` / `sentry:user` are left out unless `personalData`, and
 * their values redacted when `redact` is given.
 */
export function readTags(
  tags: unknown,
  place: EventPlace,
  table: TableBuilder<TagColumn>,
  personalData: boolean,
  redact: ((value: string) => string) | null = null,
): Map<string, string | null> {
  const found = new Map<string, string | null>();
  const add = ([rawKey, rawValue, keyPointer, valuePointer]: Tag) => {
    const key = readString(rawKey, place, keyPointer);
    const raw = readString(rawValue, place, valuePointer);
    const personal = key !== null && PERSONAL_KEYS.has(key);
    if (personal && !personalData) return;
    const value = personal && redact && raw !== null ? redact(raw) : raw;
    if (key !== null && FALLBACK_KEYS.has(key)) found.set(key, value);
    table.push('event_id', place.id);
    table.push('key', key);
    table.push('value', value);
  };
  if (tags === undefined || tags === null) return found;
  if (Array.isArray(tags)) {
    for (let i = 0; i < tags.length; i++) {
      const tag = tagOf(tags[i], place, `/tags/${i}`);
      if (tag !== null) add(tag);
    }
  } else if (typeof tags === 'object') {
    for (const [key, value] of Object.entries(tags)) {
      const pointer = `/tags/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      add([key, value, pointer, pointer]);
    }
  } else {
    invalidEvent(place, '/tags', undefined, 'a list of tags or an object', tags);
  }
  return found;
}
