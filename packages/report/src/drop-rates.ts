import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import type { DefinitionName, DropDefinition } from './definitions.js';
import { resolveDefinition } from './resolve-definition.js';
import type { BucketInterval } from './util/bucket-bounds.js';
import { dropLevels, type Levels } from './util/drop-levels.js';
import { rateRows } from './util/rate-rows.js';
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

function checkUnits(levels: Levels, mixUnits: boolean): void {
  if (mixUnits) return;
  for (const entry of levels.parent.entries.values()) {
    if (entry.units.length > 1) {
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
  // grouped by reason group alone, the raw reasons are listed beside it
  const reasons = by.includes('reason_group') && !by.includes('reason');
  const { keys, levels, buckets } = dropLevels(table, { by, def, value, reasons, interval, timeZone });
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
