import type { Finding } from '../types.js';
import { describeValue } from './describe-value.js';
import { toPointer } from './pointer.js';

const DASHED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A warning for an event id that is not 32 lower-case hex digits (null when it is, or is absent). */
export function eventIdFinding(path: ReadonlyArray<string | number>, id: unknown): Finding | null {
  if (id === undefined || id === null) return null;
  if (typeof id === 'string' && /^[0-9a-f]{32}$/.test(id)) return null;
  const text = typeof id === 'string' ? id : '';
  const why = DASHED.test(text)
    ? 'a UUID with dashes; Sentry writes event ids as 32 lower-case hex digits without dashes'
    : /^[0-9a-f]{32}$/i.test(text)
      ? 'upper-case hex; Sentry writes event ids in lower case'
      : 'expected 32 lower-case hex digits';
  return {
    pointer: toPointer(path),
    keyword: 'eventId',
    message: `${describeValue(id)} is not a Sentry event id: ${why}`,
  };
}
