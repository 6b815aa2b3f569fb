import type { ColumnTable } from 'arquero';
import type { DropDefinition } from './definitions.js';
import { dropRates, type DropRatesOptions } from './drop-rates.js';
import { resolveDefinition } from './resolve-definition.js';
import type { HealthNote } from './stats-health.js';

/** Options of {@link dropReport}: those of `dropRates`, and the health notes of the inputs. */
export interface DropReportOptions extends DropRatesOptions {
  /** Notes from `statsHealth`, shown above the numbers (default `[]`). */
  health?: readonly HealthNote[];
}

/** A drop-rate report: the definition used, what to read first, and the rates. */
export interface DropReport {
  definition: DropDefinition;
  /** Incomplete-data notes first, then warnings; empty when the inputs are clean. */
  health: HealthNote[];
  rates: ColumnTable;
}

/**
 * A drop-rate report for renderers: the rates of `dropRates`, the definition they follow, and the health notes
 * to print above them (truncated series, responses without a time series), so that incomplete numbers never
 * look complete.
 * @param table a tidy stats table
 * @param options health (default `[]`) and the options of `dropRates`: by (default `['category']`), definition
 *   (default `'summary'`), interval, timeZone (default `'UTC'`), cumulative, value, mixUnits
 * @example
 * const report = dropReport(tidyStatsV2(payload), { health: statsHealth([result]), by: ['project'] });
 * for (const note of report.health) console.warn(note.message);
 */
export function dropReport(
  table: ColumnTable,
  { health = [], ...options }: DropReportOptions = {},
): DropReport {
  return {
    definition: resolveDefinition(options.definition),
    health: [...health],
    rates: dropRates(table, options),
  };
}
