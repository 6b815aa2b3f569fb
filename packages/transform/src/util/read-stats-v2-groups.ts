import { SentryOfflineError } from '@sentry-offline/schema';
import { normaliseCategory } from '../normalise-category.js';
import { normaliseReason } from '../normalise-reason.js';
import { asRecord } from './as-record.js';
import { KeySlots } from './key-slots.js';
import { sortKeyTuples } from './sort-key-tuples.js';
import { compareFields } from './stats-v2-field-column.js';
import { toProjectId } from './to-project-id.js';

/** The keys of one group of a stats-v2 payload after normalisation. */
export interface StatsV2GroupKeys {
  project: number | string | null;
  category: string | null;
  outcome: string | null;
  reason: string | null;
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

/** The groups (sorted, merged) and, per field, their values: `steps` per group, group after group. */
export interface StatsV2Groups {
  fields: string[];
  groups: StatsV2GroupKeys[];
  /** Per field (in the order of `fields`), `groups.length × steps` values; NaN where a padded series has no point. */
  columns: Float64Array[];
  /** Values per group: the number of intervals, or 1 for a response without series. */
  steps: number;
  withSeries: boolean;
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
  const s = typeof value === 'string' ? value : String(value);
  return normalise ? normalise(s) : s;
}

function seriesLengthError(length: number, g: number, field: string, o: ReadStatsV2GroupsOptions): never {
  fail(
    'transform.seriesLength',
    `has ${length} points but there are ${o.intervals} intervals: the points cannot be placed in time` +
      (length < o.intervals ? ' (partialSeries: "pad" places them from the first interval on)' : ''),
    o.file,
    `/groups/${g}/series/${field}`,
  );
}

/** Throws the first problem of a group's series: missing, or longer (or shorter, unless padded) than `intervals`. */
function checkSeries(group: Group, g: number, fields: string[], o: ReadStatsV2GroupsOptions): void {
  if (group.series === undefined) {
    fail('transform.missingSeries', 'has no "series" although other groups have', o.file, `/groups/${g}`);
  }
  for (let f = 0; f < fields.length; f++) {
    const series = group.series[fields[f]];
    if (!Array.isArray(series)) {
      const pointer = `/groups/${g}/series/${fields[f]}`;
      fail('transform.missingField', `is missing (other groups have "${fields[f]}")`, o.file, pointer);
    }
    if (series.length > o.intervals || (series.length < o.intervals && o.partialSeries === 'error')) {
      seriesLengthError(series.length, g, fields[f], o);
    }
  }
}

function checkTotals(group: Group, g: number, fields: string[], file: string): void {
  for (const field of fields) {
    if (typeof group.totals[field] !== 'number') {
      fail('transform.missingField', `has no "${field}" (other groups have)`, file, `/groups/${g}/totals`);
    }
  }
}

/** Writes (or, for a group merged into an earlier one, adds) a series at `offset`, in time order. */
function placeSeries(
  column: Float64Array,
  offset: number,
  series: unknown[],
  first: boolean,
  { order, inOrder }: { order: readonly number[]; inOrder: boolean },
): void {
  const n = order.length;
  // TypedArray#set converts each point as Number() does, without a loop in JS: most payloads take this path
  if (first && inOrder && series.length === n) return column.set(series as ArrayLike<number>, offset);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const value = i < series.length ? Number(series[i]) : NaN;
    column[offset + k] = first ? value : column[offset + k] + value;
  }
}

function readGroupList(payload: Record<string, unknown>, file: string): Group[] {
  if (!Array.isArray(payload.groups))
    fail('transform.invalidPayload', 'is not an array of groups', file, '/groups');
  const raw = payload.groups as unknown[];
  const list = new Array<Group>(raw.length);
  for (let g = 0; g < raw.length; g++) {
    const group = asRecord(raw[g]);
    const series = group.series === undefined ? undefined : asRecord(group.series);
    list[g] = { by: asRecord(group.by), totals: asRecord(group.totals), series };
  }
  return list;
}

/** The fields of the payload, from its series (or its totals when it has no series), in canonical order. */
function statsV2Fields(groups: readonly Group[], withSeries: boolean): string[] {
  const fields = new Set<string>();
  for (let g = 0; g < groups.length; g++) {
    const values = (withSeries ? groups[g].series : groups[g].totals) ?? {};
    for (const field in values) if (Object.hasOwn(values, field)) fields.add(field);
  }
  return [...fields].sort(compareFields);
}

/** The slot of a group's normalised keys; the keys are kept (in `distinct`) the first time they are seen. */
function slotOf(group: Group, normalise: boolean, slots: KeySlots, distinct: StatsV2GroupKeys[]): number {
  const project = toProjectId(group.by.project);
  const category = text(group.by.category, normalise ? normaliseCategory : null);
  const outcome = text(group.by.outcome, null);
  const reason = text(group.by.reason, normalise ? normaliseReason : null);
  const slot = slots.slot(project, category, outcome, reason);
  if (slot === distinct.length) distinct.push({ project, category, outcome, reason });
  return slot;
}

const keyList = (k: StatsV2GroupKeys) => [k.project, k.category, k.outcome, k.reason];

/**
 * Reads the groups of a stats-v2 payload into values per field × interval, normalised (categories and reasons)
 * when asked, merged where normalised keys coincide, and sorted by project, category, outcome, reason. Each
 * field's values are written once, straight into their place in one column for the whole table.
 */
export function readStatsV2Groups(
  payload: Record<string, unknown>,
  options: ReadStatsV2GroupsOptions,
): StatsV2Groups {
  const list = readGroupList(payload, options.file);
  const withSeries = options.intervals > 0 && list.some((g) => g.series !== undefined);
  const fields = statsV2Fields(list, withSeries);
  // groups whose normalised keys coincide are summed into the first of them (one pass: keys never throw)
  const slots = new KeySlots();
  const distinct: StatsV2GroupKeys[] = [];
  const slotOfGroup = new Int32Array(list.length);
  for (let g = 0; g < list.length; g++) {
    if (withSeries) checkSeries(list[g], g, fields, options);
    else checkTotals(list[g], g, fields, options.file);
    slotOfGroup[g] = slotOf(list[g], options.normalise, slots, distinct);
  }
  const sorted = sortKeyTuples(distinct.map(keyList));
  const position = new Int32Array(sorted.length);
  sorted.forEach((slot, p) => (position[slot] = p));
  const steps = withSeries ? options.intervals : 1;
  const columns = fields.map(() => new Float64Array(sorted.length * steps));
  const placed = new Uint8Array(sorted.length);
  const time = { order: options.order, inOrder: options.order.every((i, k) => i === k) };
  for (let g = 0; g < list.length; g++) {
    const p = position[slotOfGroup[g]];
    const first = placed[p] === 0;
    placed[p] = 1;
    for (let f = 0; f < fields.length; f++) {
      if (withSeries) {
        placeSeries(columns[f], p * steps, list[g].series![fields[f]] as unknown[], first, time);
      } else {
        const total = list[g].totals[fields[f]] as number;
        columns[f][p] = first ? total : columns[f][p] + total;
      }
    }
  }
  return { fields, groups: sorted.map((slot) => distinct[slot]), columns, steps, withSeries };
}
