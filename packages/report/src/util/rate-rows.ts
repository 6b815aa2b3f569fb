import { wilsonInterval } from '../wilson-interval.js';
import type { KeyColumn } from './key-columns.js';
import { compareKeys } from './compare-keys.js';
import type { LevelEntry, LevelSums } from './level-sums.js';

/** What {@link rateRows} needs: the summed levels, the key columns and the buckets (start -> end) if any. */
export interface RateRowsInput {
  fine: LevelSums;
  parent: LevelSums;
  orgFine: LevelSums | null;
  orgParent: LevelSums | null;
  keys: readonly KeyColumn[];
  buckets: Map<number, number> | null;
  mixUnits: boolean;
  /** Add a `reasons` column after the keys: the raw reasons of each row, sorted, comma-separated. */
  reasons: boolean;
}

const COUNTABLE = new Set<string | null>(['count', null]);
const inTotal = (e: LevelEntry | undefined): number => (e ? e.sums[0] + e.sums[1] + e.sums[2] : 0);
const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The columns of a drop-rate table, one row per group (and bucket), sorted by keys then time. */
export function rateRows(input: RateRowsInput): Record<string, unknown[]> {
  const { fine, parent, orgFine, orgParent, keys, buckets, mixUnits } = input;
  const entries = [...fine.entries.values()].sort(
    (a, b) => compareKeys(a.keys, b.keys) || a.bucket - b.bucket,
  );
  const columns: Record<string, unknown[]> = {};
  keys.forEach((k, i) => (columns[k.name] = entries.map((e) => e.keys[i])));
  if (input.reasons) columns.reasons = entries.map((e) => [...e.reasons].sort().join(', ') || null);
  if (buckets) {
    columns.interval_start = entries.map((e) => new Date(e.bucket));
    columns.interval_end = entries.map((e) => new Date(buckets.get(e.bucket)!));
  }
  const parents = entries.map((e) => parent.get(e.codes, e.bucket)!);
  columns.unit = parents.map((p) => (mixUnits && p.units.length > 1 ? 'mixed' : p.units[0]));
  columns.accepted = entries.map((e) => e.sums[0]);
  columns.dropped = entries.map((e) => e.sums[1]);
  columns.other = entries.map((e) => e.sums[2]);
  columns.excluded = entries.map((e) => e.sums[3]);
  columns.total = parents.map(inTotal);
  // a confidence interval needs countable trials: none for bytes or milliseconds
  const intervals = entries.map((e, i) =>
    COUNTABLE.has(columns.unit[i] as string | null) ? wilsonInterval(e.sums[1], inTotal(parents[i])) : null,
  );
  columns.rate = entries.map((e, i) => share(e.sums[1], inTotal(parents[i])));
  columns.rate_low = intervals.map((w) => w?.low ?? null);
  columns.rate_high = intervals.map((w) => w?.high ?? null);
  if (orgFine && orgParent) {
    columns.share_of_org_total = entries.map((e, i) =>
      share(inTotal(parents[i]), inTotal(orgParent.get(e.codes, e.bucket))),
    );
    columns.share_of_org_dropped = entries.map((e) =>
      share(e.sums[1], orgFine.get(e.codes, e.bucket)?.sums[1] ?? 0),
    );
  }
  return columns;
}
