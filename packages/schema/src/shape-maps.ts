import type { PayloadKind } from './types.js';

/** Where an object's keys are data (names chosen by users or by the query), not the payload's own fields. */
export interface ShapeMapRules {
  /** Property names whose object value is a map wherever they occur (`contexts`, `tags`, `vars`, …). */
  names: readonly string[];
  /** Paths (with `*`) whose object is a map, unless it has one of the `unless` keys. */
  paths: readonly { path: string; unless?: readonly string[] }[];
}

const EVENT_MAPS = [
  'contexts',
  'context',
  'extra',
  'tags',
  'modules',
  'measurements',
  'vars',
  'headers',
  'env',
  'cookies',
  '_meta',
  'packages',
];

/**
 * The objects whose keys are data, per kind. Everything else keeps its keys in the paths: the `by`, `totals` and
 * `series` keys of stats-v2 are the request's `groupBy` and `field` choices, so a new one is shape drift
 * (`/groups/*\/totals/sum(times_seen)`). Besides these rules, an object at least half of whose keys look like
 * data (all digits, hex ids, or holding a space, comma, slash or colon) is a map too.
 */
export const SHAPE_MAPS: Readonly<Partial<Record<PayloadKind, ShapeMapRules>>> = {
  'stats-summary': { names: [], paths: [{ path: '/projects/*/stats/*/outcomes' }] },
  event: { names: EVENT_MAPS, paths: [{ path: '/entries/*/data/data' }] },
  'raw-event': { names: EVENT_MAPS, paths: [{ path: '/request/data' }] },
  'events-list': { names: ['contexts', 'context', 'extra'], paths: [] },
  // the older events-stats shape: one key per y axis or top-events series, unless it is a single series
  'events-timeseries': { names: [], paths: [{ path: '', unless: ['data', 'timeSeries'] }] },
};

const DATA_KEY = /^\d+$|^[0-9a-f]{16,}$|^[0-9a-f]{8}-[0-9a-f]{4}-|[\s,/:]/i;

/**
 * True when the object at `path` (property `name`) is a map whose keys are data.
 * @param path the object's shape path (`*` for array items and map values)
 * @param name the property holding the object (`""` for the root or an array item)
 * @param value the object
 * @param rules the kind's rules (default none)
 */
export function isShapeMap(
  path: string,
  name: string,
  value: Record<string, unknown>,
  rules: ShapeMapRules | undefined,
): boolean {
  const keys = Object.keys(value);
  if (rules?.names.includes(name)) return true;
  for (const rule of rules?.paths ?? []) {
    if (rule.path === path && !(rule.unless ?? []).some((key) => key in value)) return true;
  }
  if (keys.length === 0) return false;
  const dataLike = keys.filter((key) => DATA_KEY.test(key)).length;
  return dataLike * 2 >= keys.length;
}
