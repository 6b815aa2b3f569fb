import type { PayloadKind } from './types.js';

/** Where an object's keys are data (names chosen by users or by the query), not the payload's own fields. */
export interface ShapeMapRules {
  /** Property names whose object value is a map wherever they occur (`contexts`, `tags`, `vars`, …). */
  names: readonly string[];
  /** Paths (with `*`) whose object is a map, unless it has one of the `unless` keys. */
  paths: readonly { path: string; unless?: readonly string[] }[];
  /**
   * Lists of unlike objects told apart by a tag, per property name: the event detail's `entries` by `type`. Their
   * items are described at `<path>/*[type=exception]` and so on, one path per tag value (default none).
   */
  tagged?: Readonly<Record<string, string>>;
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
  event: {
    names: EVENT_MAPS,
    paths: [{ path: '/entries/*[type=request]/data/data' }],
    tagged: { entries: 'type' },
  },
  'raw-event': { names: EVENT_MAPS, paths: [{ path: '/request/data' }] },
  'events-list': { names: ['contexts', 'context', 'extra'], paths: [] },
  // the older events-stats shape: one key per y axis or top-events series, unless it is a single series
  'events-timeseries': { names: [], paths: [{ path: '', unless: ['data', 'timeSeries'] }] },
};

const DATA_KEY = /^\d+$|^[0-9a-f]{16,}$|^[0-9a-f]{8}-[0-9a-f]{4}-|[\s,/:]/i;

/**
 * The path of an array item: `<path>/*`, or `<path>/*[tag=value]` in a tagged list (see `ShapeMapRules.tagged`).
 * @param path the array's shape path
 * @param name the property holding the array
 * @param item the item
 * @param rules the kind's rules (default none)
 */
export function itemPath(
  path: string,
  name: string,
  item: unknown,
  rules: ShapeMapRules | undefined,
): string {
  const tag = rules?.tagged?.[name];
  const value =
    tag && item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[tag] : undefined;
  if (typeof value !== 'string') return `${path}/*`;
  return `${path}/*[${tag}=${value.replace(/~/g, '~0').replace(/\//g, '~1')}]`;
}

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
