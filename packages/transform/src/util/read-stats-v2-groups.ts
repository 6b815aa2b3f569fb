import { SentryOfflineError } from '@sentry-offline/schema';
import { normaliseCategory } from '../normalise-category.js';
import { normaliseReason } from '../normalise-reason.js';
import { asRecord } from './as-record.js';
import { compareKeys } from './compare-keys.js';
import { compareFields } from './stats-v2-field-column.js';
import { toProjectId } from './to-project-id.js';

/** One group of a stats-v2 payload after normalisation: its keys and one value per field × interval. */
export interface StatsV2GroupValues {
  project: number | string | null;
  category: string | null;
  outcome: string | null;
  reason: string | null;
  /** Per field (in the order of `fields`), one value per interval; NaN where a padded series has no point. */
  values: Float64Array[];
}

/** Options of {@link readStatsV2Groups}. */
export interface ReadStatsV2GroupsOptions {
  file: string;
  normalise: boolean;
  partialSeries: 'error' | 'pad';
  /** Number of intervals; 0 means the response has no time series (one value per group, from its totals). */
  intervals: number;
  /** For each interval in time order, the index of its point in the series (the payload's order). */
  order: readonly number[];
}

type Group = {
  by: Record<string, unknown>;
  totals: Record<string, unknown>;
  series?: Record<string, unknown>;
};

function fail(code: string, message: string, file: string, pointer: string): never {
  throw new SentryOfflineError(code, `${file}: ${pointer} ${message}`, { details: { file, pointer } });
}

function text(value: unknown, normalise: ((s: string) => string) | null): string | null {
  if (value === undefined || value === null) return null;
  const s = String(value);
  return normalise ? normalise(s) : s;
}

function readSeries(group: Group, g: number, fields: string[], o: ReadStatsV2GroupsOptions): Float64Array[] {
  return fields.map((field) => {
    const pointer = `/groups/${g}/series/${field}`;
    const series = group.series?.[field];
    if (!Array.isArray(series)) {
      return fail('transform.missingField', `is missing (other groups have "${field}")`, o.file, pointer);
    }
    if (series.length > o.intervals || (series.length < o.intervals && o.partialSeries === 'error')) {
      fail(
        'transform.seriesLength',
        `has ${series.length} points but there are ${o.intervals} intervals: the points cannot be placed in time` +
          (series.length < o.intervals
            ? ' (partialSeries: "pad" places them from the first interval on)'
            : ''),
        o.file,
        pointer,
      );
    }
    const values = new Float64Array(o.intervals);
    for (let k = 0; k < o.intervals; k++) {
      const i = o.order[k];
      values[k] = i < series.length ? Number(series[i]) : NaN;
    }
    return values;
  });
}

function readTotals(group: Group, g: number, fields: string[], o: ReadStatsV2GroupsOptions): Float64Array[] {
  return fields.map((field) => {
    const total = group.totals[field];
    if (typeof total !== 'number') {
      fail('transform.missingField', `has no "${field}" (other groups have)`, o.file, `/groups/${g}/totals`);
    }
    return Float64Array.of(total);
  });
}

function readGroupList(payload: Record<string, unknown>, file: string): Group[] {
  if (!Array.isArray(payload.groups))
    fail('transform.invalidPayload', 'is not an array of groups', file, '/groups');
  return (payload.groups as unknown[]).map((raw) => {
    const group = asRecord(raw);
    const series = group.series === undefined ? undefined : asRecord(group.series);
    return { by: asRecord(group.by), totals: asRecord(group.totals), series };
  });
}

/** The fields of the payload, from its series (or its totals when it has no series), in canonical order. */
function statsV2Fields(groups: readonly Group[], withSeries: boolean): string[] {
  const fields = new Set<string>();
  for (const group of groups)
    Object.keys((withSeries ? group.series : group.totals) ?? {}).forEach((f) => fields.add(f));
  return [...fields].sort(compareFields);
}

/**
 * Reads the groups of a stats-v2 payload into values per field × interval, normalised (categories and reasons)
 * when asked, merged where normalised keys coincide, and sorted by project, category, outcome, reason.
 */
export function readStatsV2Groups(
  payload: Record<string, unknown>,
  options: ReadStatsV2GroupsOptions,
): { fields: string[]; groups: StatsV2GroupValues[]; withSeries: boolean } {
  const list = readGroupList(payload, options.file);
  const withSeries = options.intervals > 0 && list.some((g) => g.series !== undefined);
  const fields = statsV2Fields(list, withSeries);
  const merged = new Map<string, StatsV2GroupValues>();
  list.forEach((group, g) => {
    if (withSeries && group.series === undefined) {
      fail(
        'transform.missingSeries',
        'has no "series" although other groups have',
        options.file,
        `/groups/${g}`,
      );
    }
    const values = withSeries ? readSeries(group, g, fields, options) : readTotals(group, g, fields, options);
    const row: StatsV2GroupValues = {
      project: toProjectId(group.by.project),
      category: text(group.by.category, options.normalise ? normaliseCategory : null),
      outcome: text(group.by.outcome, null),
      reason: text(group.by.reason, options.normalise ? normaliseReason : null),
      values,
    };
    const key = JSON.stringify([row.project, row.category, row.outcome, row.reason]);
    const prior = merged.get(key);
    if (prior === undefined) merged.set(key, row);
    else prior.values.forEach((v, f) => v.forEach((x, i) => (v[i] = x + values[f][i])));
  });
  const groups = [...merged.values()].sort((a, b) =>
    compareKeys([a.project, a.category, a.outcome, a.reason], [b.project, b.category, b.outcome, b.reason]),
  );
  return { fields, groups, withSeries };
}
