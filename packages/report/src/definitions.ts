import { OUTCOMES } from '@sentry-offline/schema';

/**
 * What "dropped" and "total" mean: which outcomes are dropped, which are left out of the total. Every outcome
 * not left out counts in the total; `accepted` is never dropped. A user can write their own in the same shape.
 */
export interface DropDefinition {
  /** Short name, kebab-case (`summary`, `usage-page`, …). */
  name: string;
  /** One line for humans. */
  title: string;
  /** Outcomes counted as dropped (the numerator). */
  dropped: readonly string[];
  /** Outcomes left out of the total (the denominator); every other outcome counts in it. */
  excluded: readonly string[];
  /** Where in Sentry this number comes from. */
  source: string;
}

/** Names of the built-in definitions. */
export type DefinitionName = 'summary' | 'summary-2023' | 'usage-page' | 'usage-page-2023' | 'not-accepted';

/**
 * The built-in definitions of a drop rate, one per place Sentry shows one. `summary` is the default because the
 * stats-summary endpoint returns this `dropped` number itself.
 * @example
 * definitions['usage-page'].dropped; // ['rate_limited', 'abuse', 'cardinality_limited', 'invalid']
 */
export const definitions: Readonly<Record<DefinitionName, DropDefinition>> = {
  summary: {
    name: 'summary',
    title:
      'stats-summary endpoint: dropped = invalid + rate_limited + cardinality_limited, total = every outcome',
    dropped: ['invalid', 'rate_limited', 'cardinality_limited'],
    excluded: [],
    source:
      'GET /organizations/{org}/stats-summary/: totals.dropped and totals["sum(quantity)"] of each project and category',
  },
  'summary-2023': {
    name: 'summary-2023',
    title: 'stats-summary endpoint before cardinality_limited (2023): dropped = invalid + rate_limited',
    dropped: ['invalid', 'rate_limited'],
    excluded: [],
    source: 'GET /organizations/{org}/stats-summary/ as served in 2023 (sentry 23.x)',
  },
  'usage-page': {
    name: 'usage-page',
    title:
      'Usage page cards: dropped = Rate Limited (rate_limited + abuse + cardinality_limited) + Invalid, total excludes client_discard',
    dropped: ['rate_limited', 'abuse', 'cardinality_limited', 'invalid'],
    excluded: ['client_discard'],
    source: 'Settings > Stats & Usage: the Total, Accepted, Filtered, Rate Limited and Invalid cards',
  },
  'usage-page-2023': {
    name: 'usage-page-2023',
    title: 'Usage page of 2023: Dropped = rate_limited + invalid, total excludes client_discard',
    dropped: ['rate_limited', 'invalid'],
    excluded: ['client_discard'],
    source: 'Settings > Stats & Usage as of 2023: the Total, Accepted, Filtered and Dropped cards',
  },
  'not-accepted': {
    name: 'not-accepted',
    title: 'everything not accepted is dropped, total = every outcome',
    dropped: OUTCOMES.filter((outcome) => outcome !== 'accepted'),
    excluded: [],
    source:
      'not a Sentry number: the share of everything sent (client discards included) that was not stored',
  },
};
