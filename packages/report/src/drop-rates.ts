import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { quantityUnit } from '@sentry-offline/transform';
import type { DefinitionName, DropDefinition } from './definitions.js';
import { outcomeRole, type OutcomeRole } from './outcome-role.js';
import { resolveDefinition } from './resolve-definition.js';
import { bucketLookup, type BucketInterval } from './util/bucket-bounds.js';
import { checkInterval } from './util/check-interval.js';
import { keyColumns, type KeyColumn } from './util/key-columns.js';
import { KeyCodes, LevelSums } from './util/level-sums.js';
import { misalignedError } from './util/misaligned-error.js';
import { rateRows } from './util/rate-rows.js';
import { timeOf } from './util/time-of.js';
import { valueColumn } from './util/value-column.js';
import { checkTimeZone } from './util/wall-clock.js';

/** Options of {@link dropRates}. */
export interface DropRatesOptions {
  /**
   * Grouping keys (default `['category']`): any column of the table (`project`, which is `project_id` in stats-summary tables, `category`, `outcome`, `reason`,
   * …) and `reason_group`. With `outcome`, `reason` or `reason_group`, the denominator is the total of the group
   * without them, so a row says which share of all traffic that outcome or reason dropped.
   */
  by?: readonly string[];
  /** A built-in definition name or a user-defined {@link DropDefinition} (default `'summary'`). */
  definition?: DefinitionName | DropDefinition;
  /** Time buckets (`1h`, `1d`, `1w`, `1mo`); none gives one row per group for the whole window (default none). */
  interval?: BucketInterval;
  /** IANA time zone of the bucket edges (default `'UTC'`). Weeks start on Monday 00:00 in this zone. */
  timeZone?: string;
  /** Running totals from the first bucket on instead of per-bucket figures (default `false`). */
  cumulative?: boolean;
  /** The numeric column counted (default `'quantity'`, or `'times_seen'` when the table has no `quantity`). */
  value?: 'quantity' | 'times_seen';
  /** Allow one total over categories of different units (bytes + counts); its unit is `mixed` (default `false`). */
  mixUnits?: boolean;
}

const OUTCOME_KEYS = ['outcome', 'reason', 'reason_group'];

interface Levels {
  fine: LevelSums;
  parent: LevelSums;
  orgFine: LevelSums | null;
  orgParent: LevelSums | null;
}

function noOutcomeError(row: number): SentryOfflineError {
  return new SentryOfflineError(
    'report.noOutcome',
    `row ${row} has no outcome: drop rates need a response grouped by outcome (groupBy=outcome)`,
    { details: { row } },
  );
}

/** The role of a row's outcome, remembered per outcome; throws `report.noOutcome` for a row without one. */
function roleLookup(def: DropDefinition): (outcome: unknown, row: number) => OutcomeRole {
  const roles = new Map<string, OutcomeRole>();
  return (value, row) => {
    if (value === null || value === undefined) throw noOutcomeError(row);
    const outcome = String(value);
    let role = roles.get(outcome);
    if (role === undefined) roles.set(outcome, (role = outcomeRole(def, outcome)));
    return role;
  };
}

function indicesWithout(keys: readonly KeyColumn[], drop: readonly string[]): number[] {
  return keys.flatMap((k, i) => (drop.includes(k.name) ? [] : [i]));
}

function makeLevels(keys: readonly KeyColumn[]): Levels {
  const hasProject = keys.some((k) => k.name === 'project');
  return {
    fine: new LevelSums(keys.map((_, i) => i)),
    parent: new LevelSums(indicesWithout(keys, OUTCOME_KEYS)),
    orgFine: hasProject ? new LevelSums(indicesWithout(keys, ['project'])) : null,
    orgParent: hasProject ? new LevelSums(indicesWithout(keys, [...OUTCOME_KEYS, 'project'])) : null,
  };
}

function timeColumn(table: ColumnTable, name: string): ArrayLike<unknown> {
  const names = table.columnNames();
  if (!names.includes(name)) {
    throw new SentryOfflineError(
      'report.noTimeColumns',
      `cannot split by time: the table has no "${name}" (have: ${names.join(', ')}); stats-summary tables have no time`,
      { details: { have: names } },
    );
  }
  return table.array(name) as ArrayLike<unknown>;
}

function unitColumn(table: ColumnTable): ArrayLike<unknown> {
  if (table.columnNames().includes('unit')) return table.array('unit') as ArrayLike<unknown>;
  const categories = table.columnNames().includes('category')
    ? (table.array('category') as ArrayLike<unknown>)
    : [];
  return Array.from({ length: table.numRows() }, (_, i) =>
    quantityUnit((categories[i] ?? null) as string | null),
  );
}

function checkUnits(levels: Levels, mixUnits: boolean): void {
  if (mixUnits) return;
  for (const entry of levels.parent.entries.values()) {
    if (entry.units.size > 1) {
      const units = [...entry.units].map((u) => u ?? 'unknown').sort();
      throw new SentryOfflineError(
        'report.mixedUnits',
        `one total would add ${units.join(' and ')} (group ${JSON.stringify(entry.keys)}): group by category, ` +
          'filter the categories, or pass mixUnits: true (--mix-units) to add them anyway',
        { details: { units, group: entry.keys } },
      );
    }
  }
}

/** The bucket [start, end] (ms) of a row; null when there is no interval. */
function rowBuckets(
  table: ColumnTable,
  interval: BucketInterval | undefined,
  timeZone: string,
): ((row: number) => [number, number]) | null {
  if (interval === undefined) return null;
  checkInterval(interval);
  const starts = timeColumn(table, 'interval_start');
  const ends = timeColumn(table, 'interval_end');
  const boundsOf = bucketLookup(interval, timeZone);
  return (i) => {
    const start = timeOf(starts[i]);
    const bounds = boundsOf(start);
    const end = timeOf(ends[i]);
    if (end > bounds[1]) throw misalignedError(i, start, end, interval, timeZone);
    return bounds;
  };
}

interface SumInput {
  keys: readonly KeyColumn[];
  def: DropDefinition;
  value: string | undefined;
  reasons: boolean;
  bucketOf: ((row: number) => [number, number]) | null;
}

/** Sums every row into each level; `buckets` maps bucket start to end (null without an interval). */
function sumLevels(
  table: ColumnTable,
  { keys, def, value, reasons, bucketOf }: SumInput,
): { levels: Levels; buckets: Map<number, number> | null } {
  const quantities = valueColumn(table, value);
  const outcomes = (
    table.columnNames().includes('outcome') ? table.array('outcome') : []
  ) as ArrayLike<unknown>;
  const units = unitColumn(table);
  const rawReasons = reasons ? (table.array('reason') as ArrayLike<string | null>) : null;
  const levels = makeLevels(keys);
  const buckets = new Map<number, number>();
  const roleOf = roleLookup(def);
  const keyCodes = new KeyCodes();
  for (let i = 0; i < table.numRows(); i++) {
    const role = roleOf(outcomes[i], i);
    const bounds = bucketOf ? bucketOf(i) : null;
    if (bounds) buckets.set(bounds[0], bounds[1]);
    const bucket = bounds ? bounds[0] : -1;
    const rowKeys = keys.map((k) => k.values[i] ?? null);
    const codes = rowKeys.map((v) => keyCodes.code(v));
    const unit = (units[i] ?? null) as string | null;
    const quantity = quantities[i] ?? 0;
    levels.fine.add(codes, rowKeys, bucket, unit, role, quantity, rawReasons?.[i] ?? null);
    levels.parent.add(codes, rowKeys, bucket, unit, role, quantity);
    levels.orgFine?.add(codes, rowKeys, bucket, unit, role, quantity);
    levels.orgParent?.add(codes, rowKeys, bucket, unit, role, quantity);
  }
  return { levels, buckets: bucketOf ? buckets : null };
}

/**
 * Drop rates (dropped / total) of a tidy stats table under a named definition, for any grouping of project,
 * category, outcome, reason, reason group and time bucket. Each row carries its numerator (`dropped`) and
 * denominator (`total`), the parts of the total (`accepted`, `other`) and what the definition leaves out
 * (`excluded`), the `rate` (null when `total` is 0) and its 95% Wilson interval (`rate_low`, `rate_high`; null for
 * bytes and milliseconds, which are not countable trials). With
 * `project` among the keys, `share_of_org_total` and `share_of_org_dropped` say how much of the organisation's
 * total and dropped volume (same other keys and bucket) the row holds. A total over different units is refused
 * (`report.mixedUnits`) unless `mixUnits` is set.
 * @param table a tidy stats table: `tidyStatsV2` (time buckets possible) or the outcomes of `tidyStatsSummary`
 * @param options by (default `['category']`), definition (default `'summary'`), interval (default none), timeZone
 *   (default `'UTC'`), cumulative (default `false`), value (default `'quantity'`), mixUnits (default `false`)
 * @returns a new table, rows sorted by the keys then time
 * @example
 * dropRates(tidyStatsV2(payload), { by: ['project', 'category'], definition: 'usage-page', interval: '1d' });
 */
export function dropRates(
  table: ColumnTable,
  {
    by = ['category'],
    definition = 'summary',
    interval,
    timeZone = 'UTC',
    cumulative = false,
    value,
    mixUnits = false,
  }: DropRatesOptions = {},
): ColumnTable {
  const def = resolveDefinition(definition);
  checkTimeZone(timeZone);
  const keys = keyColumns(table, by);
  // grouped by reason group alone, the raw reasons are listed beside it
  const reasons = by.includes('reason_group') && !by.includes('reason');
  const { levels, buckets } = sumLevels(table, {
    keys,
    def,
    value,
    reasons,
    bucketOf: rowBuckets(table, interval, timeZone),
  });
  checkUnits(levels, mixUnits);
  if (cumulative && buckets) {
    const sorted = [...buckets.keys()].sort((a, b) => a - b);
    levels.fine = levels.fine.cumulate(sorted);
    levels.parent = levels.parent.cumulate(sorted);
    levels.orgFine = levels.orgFine?.cumulate(sorted) ?? null;
    levels.orgParent = levels.orgParent?.cumulate(sorted) ?? null;
  }
  return aq.table(rateRows({ ...levels, keys, buckets, mixUnits, reasons }));
}
