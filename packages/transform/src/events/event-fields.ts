import { SentryOfflineError } from '@sentry-offline/schema';
import { describeJsonValue } from '../util/describe-json-value.js';

/** Which event is being read: its place in the input and its id once known (for error messages). */
export interface EventPlace {
  index: number;
  id: string | null;
}

/** A JSON object as parsed. */
export type JsonObject = Record<string, unknown>;

function pointerOf(base: string, key?: string | number): string {
  if (key === undefined) return base;
  return `${base}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Throws `transform.invalidEvent` naming the event, the JSON Pointer, what was found and what was expected. */
export function invalidEvent(
  place: EventPlace,
  base: string,
  key: string | number | undefined,
  expected: string,
  value: unknown,
): never {
  const pointer = pointerOf(base, key);
  const event = place.id === null ? `event ${place.index}` : `event ${place.index} (${place.id})`;
  // the problem without the event's index, for a caller that names the event by its own place (a file and line)
  const problem = `${pointer || '/'} is ${describeJsonValue(value)}, expected ${expected}`;
  throw new SentryOfflineError('transform.invalidEvent', `${event}: ${problem}`, {
    details: { index: place.index, eventId: place.id, pointer, expected, problem },
  });
}

/** `value` as an object, null when missing; anything else throws `transform.invalidEvent`. */
export function readObject(value: unknown, place: EventPlace, base: string, key?: string | number) {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object' && !Array.isArray(value)) return value as JsonObject;
  return invalidEvent(place, base, key, 'an object', value);
}

/** `value` as an array, null when missing; anything else throws `transform.invalidEvent`. */
export function readArray(value: unknown, place: EventPlace, base: string, key?: string | number) {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value as unknown[];
  return invalidEvent(place, base, key, 'an array', value);
}

/** `value` as a string (numbers and booleans are written as text), null when missing; objects throw. */
export function readString(
  value: unknown,
  place: EventPlace,
  base: string,
  key?: string | number,
): string | null {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return invalidEvent(place, base, key, 'a string', value);
}

/** `value` as a string, where Sentry is lenient: objects and arrays are written as JSON. */
export function readLenientString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `value` as a finite number, null when missing; anything else throws `transform.invalidEvent`. */
export function readNumber(
  value: unknown,
  place: EventPlace,
  base: string,
  key?: string | number,
): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value === undefined || value === null) return null;
  return invalidEvent(place, base, key, 'a number', value);
}

/** `value` as a boolean, null when missing; anything else throws `transform.invalidEvent`. */
export function readBoolean(
  value: unknown,
  place: EventPlace,
  base: string,
  key?: string | number,
): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return null;
  return invalidEvent(place, base, key, 'a boolean', value);
}

/** The first of two spellings of a field that the object has (`lineNo` or `lineno`): API and raw events differ. */
export function keyOf<K extends string>(object: JsonObject, camel: K, snake: K): K {
  return object[camel] !== undefined ? camel : snake;
}
