import type { PayloadKind } from './types.js';

/** A place in a payload whose values (or, for a map, keys) come from a vocabulary that grows over time. */
export interface ShapeEnum {
  /** What the values are: `outcome`, `category`, `reason`, `event type`, `platform`, `sdk`, `level`, `status`. */
  name: string;
  /** The shape path (`*` for array items and map values). */
  path: string;
  /** `keys` when the vocabulary is the keys of a map (stats-summary `outcomes`); default the string values. */
  of?: 'keys';
}

const EVENT_ENUMS: readonly ShapeEnum[] = [
  { name: 'event type', path: '/type' },
  { name: 'platform', path: '/platform' },
  { name: 'sdk', path: '/sdk/name' },
  { name: 'level', path: '/level' },
];

/**
 * The vocabularies whose new or vanished values `diffShapes` reports, per kind: outcomes, categories, reasons,
 * event types, platforms, SDK names, levels and issue statuses.
 * @example
 * SHAPE_ENUMS['stats-v2']; // [{ name: 'category', path: '/groups/*\/by/category' }, …]
 */
export const SHAPE_ENUMS: Readonly<Partial<Record<PayloadKind, readonly ShapeEnum[]>>> = {
  'stats-v2': [
    { name: 'category', path: '/groups/*/by/category' },
    { name: 'outcome', path: '/groups/*/by/outcome' },
    { name: 'reason', path: '/groups/*/by/reason' },
  ],
  'stats-summary': [
    { name: 'category', path: '/projects/*/stats/*/category' },
    { name: 'outcome', path: '/projects/*/stats/*/outcomes', of: 'keys' },
  ],
  event: EVENT_ENUMS,
  'raw-event': EVENT_ENUMS,
  'events-list': [
    { name: 'event type', path: '/*/event.type' },
    { name: 'platform', path: '/*/platform' },
  ],
  issue: [
    { name: 'platform', path: '/platform' },
    { name: 'level', path: '/level' },
    { name: 'status', path: '/status' },
  ],
  'issues-list': [
    { name: 'platform', path: '/*/platform' },
    { name: 'level', path: '/*/level' },
    { name: 'status', path: '/*/status' },
  ],
  discover: [
    { name: 'event type', path: '/data/*/event.type' },
    { name: 'platform', path: '/data/*/platform' },
    { name: 'sdk', path: '/data/*/sdk.name' },
  ],
};
