import { readArray, readObject, readString, type EventPlace, type JsonObject } from './event-fields.js';

/** The items of a Sentry `Values` interface (exception, threads, breadcrumbs) with the pointer of item `i`. */
export interface ValueList {
  readonly items: readonly unknown[];
  readonly pointer: (i: number) => string;
}

/** The interfaces of one event, found in either shape: the API detail (`entries[]`) or the raw event JSON. */
export interface EventParts {
  exceptions: ValueList | null;
  threads: ValueList | null;
  stacktrace: { value: JsonObject; pointer: string } | null;
  breadcrumbs: ValueList | null;
  /** The message entry or `logentry` (`formatted`, `message`). */
  logentry: { value: JsonObject; pointer: string } | null;
  request: JsonObject | null;
}

/** `{}`: no own key (without listing the keys, as `Object.keys` would for every event). */
function isEmpty(object: JsonObject): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return false;
  return true;
}

/**
 * Reads a `Values` interface the lenient way Sentry does: `{ values: [...] }`, a bare list, or (old SDKs) one
 * item on its own; `{}` is no interface at all.
 */
export function readValues(value: unknown, place: EventPlace, pointer: string): ValueList | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return { items: value, pointer: (i) => `${pointer}/${i}` };
  const object = readObject(value, place, pointer)!;
  if (isEmpty(object)) return null;
  if (!('values' in object)) return { items: [object], pointer: () => pointer };
  const items = readArray(object.values, place, pointer, 'values') ?? [];
  return { items, pointer: (i) => `${pointer}/values/${i}` };
}

export function located(value: unknown, place: EventPlace, pointer: string) {
  const object = readObject(value, place, pointer);
  return object === null ? null : { value: object, pointer };
}

/** Either spelling of a raw interface: `exception` or `sentry.interfaces.Exception` (payloads before 2018). */
export function legacyKey(event: JsonObject, key: string, legacy: string): string {
  return event[key] === undefined && event[legacy] !== undefined ? legacy : key;
}

function fromEntries(entries: unknown[], place: EventPlace, parts: EventParts, stacksOnly: boolean): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = readObject(entries[i], place, '/entries', i);
    if (entry === null) continue;
    // pointer texts are built only for the entries read (every event goes through here)
    const type =
      typeof entry.type === 'string' ? entry.type : readString(entry.type, place, `/entries/${i}`, 'type');
    const data = entry.data;
    if (type === 'exception') parts.exceptions = readValues(data, place, `/entries/${i}/data`);
    else if (type === 'threads') parts.threads = readValues(data, place, `/entries/${i}/data`);
    else if (type === 'stacktrace') parts.stacktrace = located(data, place, `/entries/${i}/data`);
    else if (stacksOnly) continue;
    else if (type === 'breadcrumbs') parts.breadcrumbs = readValues(data, place, `/entries/${i}/data`);
    else if (type === 'message') parts.logentry = located(data, place, `/entries/${i}/data`);
    else if (type === 'request') parts.request = readObject(data, place, `/entries/${i}/data`);
  }
}

function fromRawEvent(event: JsonObject, place: EventPlace, parts: EventParts, stacksOnly: boolean): void {
  const exception = legacyKey(event, 'exception', 'sentry.interfaces.Exception');
  parts.exceptions = readValues(event[exception], place, `/${exception}`);
  parts.threads = readValues(event.threads, place, '/threads');
  const stacktrace = legacyKey(event, 'stacktrace', 'sentry.interfaces.Stacktrace');
  parts.stacktrace = located(event[stacktrace], place, `/${stacktrace}`);
  if (stacksOnly) return;
  const breadcrumbs = legacyKey(event, 'breadcrumbs', 'sentry.interfaces.Breadcrumbs');
  parts.breadcrumbs = readValues(event[breadcrumbs], place, `/${breadcrumbs}`);
  const logentry = legacyKey(event, 'logentry', 'sentry.interfaces.Message');
  parts.logentry = located(event[logentry], place, `/${logentry}`);
  const request = legacyKey(event, 'request', 'sentry.interfaces.Http');
  parts.request = readObject(event[request], place, `/${request}`);
}

/**
 * Finds the interfaces of an event: from `entries[]` when the event has them, else from the raw keys. With
 * `stacksOnly`, only those that hold stacks (exception, threads, stacktrace): the others are not looked at.
 */
export function readEventParts(
  event: JsonObject,
  place: EventPlace,
  { stacksOnly = false }: { stacksOnly?: boolean } = {},
): EventParts {
  const parts: EventParts = {
    exceptions: null,
    threads: null,
    stacktrace: null,
    breadcrumbs: null,
    logentry: null,
    request: null,
  };
  const entries = readArray(event.entries, place, '', 'entries');
  if (entries !== null) fromEntries(entries, place, parts, stacksOnly);
  else fromRawEvent(event, place, parts, stacksOnly);
  return parts;
}
