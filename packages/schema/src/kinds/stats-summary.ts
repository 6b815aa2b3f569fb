import type { FromSchema } from 'json-schema-to-ts';
import type { Finding } from '../types.js';
import { toPointer } from '../util/pointer.js';
import { unknownValueFinding } from '../util/unknown-value-finding.js';
import { DATA_CATEGORIES, OUTCOMES } from '../vocabulary.js';

// a count of events, bytes or milliseconds: Sentry's outcomes hold whole, non-negative quantities
const COUNT = { type: 'integer', minimum: 0 } as const;

/**
 * JSON Schema of the `/organizations/{org}/stats-summary/` response. Unknown properties pass; outcome counts
 * and totals are non-negative integers. Unlike Sentry's
 * OpenAPI schema, a project `id` may be a number (what the endpoint returns) or a string (its documented example),
 * and `slug` is optional (the docstring example has none); `outcomes` holds only the outcomes asked for, and
 * `totals.dropped` is absent when no dropped outcome was asked for.
 */
export const statsSummarySchema = {
  $id: 'sentry-offline:stats-summary',
  title: 'stats-summary',
  type: 'object',
  required: ['start', 'end', 'projects'],
  properties: {
    start: { type: 'string', format: 'date-time' },
    end: { type: 'string', format: 'date-time' },
    projects: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'stats'],
        properties: {
          id: { type: ['integer', 'string'] },
          slug: { type: 'string' },
          stats: {
            type: 'array',
            items: {
              type: 'object',
              required: ['category', 'outcomes', 'totals'],
              properties: {
                category: { type: 'string' },
                reason: { type: 'string' },
                outcomes: { type: 'object', additionalProperties: COUNT },
                totals: { type: 'object', additionalProperties: COUNT },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** A `stats-summary` response, typed from {@link statsSummarySchema}. */
export type StatsSummary = FromSchema<typeof statsSummarySchema>;

/**
 * The outcomes Sentry has counted as `totals.dropped`, newest first: `cardinality_limited` was added to
 * `dropped_outcomes` in src/sentry/snuba/outcomes.py after the outcome itself appeared.
 */
export const DROPPED_DEFINITIONS = {
  'invalid+rate_limited+cardinality_limited': ['invalid', 'rate_limited', 'cardinality_limited'],
  'invalid+rate_limited': ['invalid', 'rate_limited'],
} as const;

/** The name of a definition of `totals.dropped`: which outcomes it adds up. */
export type DroppedDefinition = keyof typeof DROPPED_DEFINITIONS;

/** What validation learns about a stats-summary payload besides its issues. */
export interface StatsSummaryFacts {
  projects: number;
  /** The categories present, sorted. */
  categories: string[];
  /** The fields of `totals` other than `dropped` (`sum(quantity)`, `sum(times_seen)`), sorted. */
  fields: string[];
  /**
   * The definitions of `totals.dropped` that every `dropped` in the payload agrees with: both when they cannot
   * be told apart (no `cardinality_limited`), none when a `dropped` matches neither or there is no `dropped`.
   */
  droppedDefinitions: DroppedDefinition[];
}

type Stat = StatsSummary['projects'][number]['stats'][number];

const sumOf = (outcomes: Stat['outcomes'], names: readonly string[]) =>
  names.reduce((total, name) => total + (outcomes[name] ?? 0), 0);

const definitionNames = Object.keys(DROPPED_DEFINITIONS) as DroppedDefinition[];

/** Checks one category's totals against its outcomes; returns the dropped definitions it agrees with. */
function statFindings(stat: Stat, path: Array<string | number>, findings: Finding[]): DroppedDefinition[] {
  const outcomeTotal = sumOf(stat.outcomes, Object.keys(stat.outcomes));
  const fields = Object.keys(stat.totals).filter((k) => k !== 'dropped');
  // each field's value is added to the outcome's count, so with two fields the outcomes hold both
  const fieldTotal = fields.reduce((total, f) => total + stat.totals[f], 0);
  if (fields.length > 0 && fieldTotal !== outcomeTotal) {
    const named = fields.length === 1 ? fields[0] : fields.join('" + "');
    findings.push({
      pointer: toPointer(fields.length === 1 ? [...path, 'totals', fields[0]] : [...path, 'totals']),
      keyword: 'totals',
      message: `"${named}" is ${fieldTotal} but the outcomes add up to ${outcomeTotal}`,
    });
  }
  const dropped = stat.totals.dropped;
  if (dropped === undefined) return [];
  const sums = definitionNames.map((name) => sumOf(stat.outcomes, DROPPED_DEFINITIONS[name]));
  const matched = definitionNames.filter((_, i) => sums[i] === dropped);
  if (matched.length === 0) {
    findings.push({
      pointer: toPointer([...path, 'totals', 'dropped']),
      keyword: 'dropped',
      message:
        `is ${dropped} but matches neither of Sentry's definitions: ` +
        definitionNames.map((name, i) => `${name.replace(/\+/g, ' + ')} = ${sums[i]}`).join(', '),
    });
  }
  return matched;
}

function vocabularyFindings(stat: Stat, path: Array<string | number>, findings: Finding[]): void {
  if (!(DATA_CATEGORIES as readonly string[]).includes(stat.category)) {
    findings.push(unknownValueFinding([...path, 'category'], stat.category, 'category', DATA_CATEGORIES));
  }
  for (const outcome of Object.keys(stat.outcomes)) {
    if (!(OUTCOMES as readonly string[]).includes(outcome)) {
      findings.push(unknownValueFinding([...path, 'outcomes', outcome], outcome, 'outcome', OUTCOMES));
    }
  }
}

/**
 * Checks of a schema-valid stats-summary payload that JSON Schema cannot express: the totals of each category
 * against the sum of its outcomes, `totals.dropped` against Sentry's definitions of it, and unknown categories
 * or outcomes.
 * @param payload a payload that passed {@link statsSummarySchema}
 * @example
 * const { findings, facts } = checkStatsSummary(payload); // facts.droppedDefinitions: ['invalid+rate_limited', …]
 */
export function checkStatsSummary(payload: StatsSummary): { findings: Finding[]; facts: StatsSummaryFacts } {
  const findings: Finding[] = [];
  const categories = new Set<string>();
  const fields = new Set<string>();
  let agreed = new Set<DroppedDefinition>(definitionNames);
  let anyDropped = false;
  payload.projects.forEach((project, p) => {
    project.stats.forEach((stat, s) => {
      const path = ['projects', p, 'stats', s];
      categories.add(stat.category);
      Object.keys(stat.totals).forEach((k) => k !== 'dropped' && fields.add(k));
      vocabularyFindings(stat, path, findings);
      const matched = statFindings(stat, path, findings);
      if (stat.totals.dropped !== undefined) {
        anyDropped = true;
        agreed = new Set(matched.filter((name) => agreed.has(name)));
      }
    });
  });
  return {
    findings,
    facts: {
      projects: payload.projects.length,
      categories: [...categories].sort(),
      fields: [...fields].sort(),
      droppedDefinitions: anyDropped ? definitionNames.filter((name) => agreed.has(name)) : [],
    },
  };
}
