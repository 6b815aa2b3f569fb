import type { FromSchema } from 'json-schema-to-ts';
import type { Finding } from '../types.js';
import { DATA_CATEGORIES, OUTCOMES } from '../vocabulary.js';
import { toPointer } from '../util/pointer.js';
import { unknownValueFinding } from '../util/unknown-value-finding.js';

// a count of events, bytes or milliseconds: Sentry's outcomes hold whole, non-negative quantities
const COUNT = { type: 'integer', minimum: 0 } as const;

/**
 * JSON Schema of the `/organizations/{org}/stats_v2/` response. Unknown properties pass; totals and series
 * points are non-negative integers.
 */
export const statsV2Schema = {
  $id: 'sentry-offline:stats-v2',
  title: 'stats-v2',
  type: 'object',
  required: ['start', 'end', 'groups'],
  properties: {
    start: { type: 'string', format: 'date-time' },
    end: { type: 'string', format: 'date-time' },
    intervals: { type: 'array', items: { type: 'string', format: 'date-time' } },
    groups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['by', 'totals'],
        properties: {
          by: {
            type: 'object',
            properties: {
              project: { type: ['integer', 'string'] },
              category: { type: 'string' },
              outcome: { type: 'string' },
              reason: { type: 'string' },
            },
          },
          totals: { type: 'object', additionalProperties: COUNT },
          series: { type: 'object', additionalProperties: { type: 'array', items: COUNT } },
        },
      },
    },
  },
} as const;

/** A `stats_v2` response, typed from {@link statsV2Schema}. */
export type StatsV2 = FromSchema<typeof statsV2Schema>;

/** What validation learns about a stats-v2 payload besides its issues. */
export interface StatsV2Facts {
  /** The step between intervals in seconds; null when there are fewer than two intervals or no even step. */
  intervalSeconds: number | null;
  intervals: number;
  groups: number;
  /** The `by` keys of the response (its `groupBy`), sorted. */
  groupBy: string[];
  /** The fields present in `totals` (`sum(quantity)`, `sum(times_seen)`). */
  fields: string[];
  /** True when a group's totals are larger than the sum of its series (Sentry's series truncation). */
  truncated: boolean;
}

function intervalFindings(intervals: readonly string[]): { findings: Finding[]; step: number | null } {
  const findings: Finding[] = [];
  const times = intervals.map((s) => Date.parse(s));
  const steps = new Map<number, number>();
  for (let i = 1; i < times.length; i++) {
    const step = times[i] - times[i - 1];
    if (!(step > 0)) {
      findings.push({
        pointer: toPointer(['intervals', i]),
        keyword: 'intervalOrder',
        message: `${intervals[i]} does not come after ${intervals[i - 1]}: intervals must be strictly increasing`,
      });
    } else {
      steps.set(step, (steps.get(step) ?? 0) + 1);
    }
  }
  if (steps.size === 0) return { findings, step: null };
  const [step] = [...steps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  for (let i = 1; i < times.length; i++) {
    const gap = times[i] - times[i - 1];
    if (gap > 0 && gap !== step) {
      findings.push({
        pointer: toPointer(['intervals', i]),
        keyword: 'intervalSpacing',
        message: `${intervals[i]} is ${gap / 1000}s after the previous interval; the others are ${step / 1000}s apart`,
      });
    }
  }
  return { findings, step: step / 1000 };
}

type Group = StatsV2['groups'][number];

/** Checks one group's series against the intervals and its totals; true when the series is truncated. */
function seriesFindings(payload: StatsV2, group: Group, g: number, findings: Finding[]): boolean {
  const intervals = payload.intervals ?? [];
  if (group.series === undefined) {
    if (payload.intervals && !('project' in group.by)) {
      findings.push({
        pointer: toPointer(['groups', g]),
        keyword: 'series',
        message:
          'has no "series" although the response has intervals (only groupBy=project responses have none)',
      });
    }
    return false;
  }
  if (!payload.intervals) {
    findings.push({
      pointer: toPointer(['groups', g, 'series']),
      keyword: 'series',
      message: 'has a series but the response has no "intervals" to place its points',
    });
  }
  let truncated = false;
  for (const [field, series] of Object.entries(group.series)) {
    const pointer = toPointer(['groups', g, 'series', field]);
    if (payload.intervals && series.length !== intervals.length) {
      findings.push({
        pointer,
        keyword: 'seriesLength',
        message: `has ${series.length} points but there are ${intervals.length} intervals`,
      });
    }
    const total = group.totals[field];
    if (total === undefined) {
      findings.push({
        pointer: toPointer(['groups', g, 'totals']),
        keyword: 'totals',
        message: `has no "${field}" although the series has`,
      });
      continue;
    }
    const sum = series.reduce((a, b) => a + b, 0);
    if (sum !== total) {
      if (total > sum) truncated = true;
      findings.push({
        pointer: toPointer(['groups', g, 'totals', field]),
        keyword: 'totals',
        message:
          `is ${total} but the series adds up to ${sum}` +
          (total > sum
            ? ': the series is truncated, a known Sentry issue (getsentry/sentry#124665); totals are complete, the time series is not'
            : ''),
      });
    }
  }
  return truncated;
}

/**
 * Checks of a schema-valid stats-v2 payload that JSON Schema cannot express: series lengths, interval order
 * and spacing, totals against the sum of each series, duplicate groups and unknown categories or outcomes.
 */
export function checkStatsV2(payload: StatsV2): { findings: Finding[]; facts: StatsV2Facts } {
  const intervals = payload.intervals ?? [];
  const { findings, step } = payload.intervals ? intervalFindings(intervals) : { findings: [], step: null };
  const seen = new Map<string, number>();
  const groupBy = new Set<string>();
  const fields = new Set<string>();
  let truncated = false;
  payload.groups.forEach((group, g) => {
    Object.keys(group.by).forEach((k) => groupBy.add(k));
    Object.keys(group.totals).forEach((k) => fields.add(k));
    const key = JSON.stringify(Object.entries(group.by).sort(([a], [b]) => (a < b ? -1 : 1)));
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push({
        pointer: toPointer(['groups', g, 'by']),
        keyword: 'duplicateGroup',
        message: `the same "by" as /groups/${first}/by (${key}): counts of one group would be split or doubled`,
      });
    } else seen.set(key, g);
    if (group.by.outcome !== undefined && !(OUTCOMES as readonly string[]).includes(group.by.outcome)) {
      findings.push(
        unknownValueFinding(['groups', g, 'by', 'outcome'], group.by.outcome, 'outcome', OUTCOMES),
      );
    }
    if (
      group.by.category !== undefined &&
      !(DATA_CATEGORIES as readonly string[]).includes(group.by.category)
    ) {
      findings.push(
        unknownValueFinding(['groups', g, 'by', 'category'], group.by.category, 'category', DATA_CATEGORIES),
      );
    }
    if (seriesFindings(payload, group, g, findings)) truncated = true;
  });
  return {
    findings,
    facts: {
      intervalSeconds: step,
      intervals: intervals.length,
      groups: payload.groups.length,
      groupBy: [...groupBy].sort(),
      fields: [...fields].sort(),
      truncated,
    },
  };
}
