import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { isSentryOfflineError } from '@sentry-offline/schema';
import { definitions, type DropDefinition } from '../definitions.js';
import { dropRates } from '../drop-rates.js';
import { diffTables, type TableDrift } from './diff-tables.js';
import type { Tolerance } from './tolerance.js';

/** Options of {@link diffDrops}. */
export interface DiffDropsOptions {
  /** Definitions compared (default every built-in one of `definitions`). */
  definitions?: readonly DropDefinition[];
  /** Grouping of the drop rates (default `['category']`). */
  by?: readonly string[];
  /** How far `dropped`, `total` and `rate` may move (default none). */
  tolerance?: Tolerance;
}

/** What {@link diffDrops} found: the drift, or why the drop rates could not be computed. */
export type DropsDrift = { ok: true; drift: TableDrift } | { ok: false; reason: string };

function ratesOf(table: ColumnTable, defs: readonly DropDefinition[], by: readonly string[]): ColumnTable {
  const parts = defs.map((definition) =>
    dropRates(table, { by, definition })
      .select([...by, 'dropped', 'total', 'rate'])
      .derive({ definition: aq.escape(() => definition.name) }),
  );
  return parts.reduce((a, b) => a.concat(b));
}

/**
 * Compares the drop rates of two usage-stats tables under every definition: keyed by definition and the `by`
 * columns, values `dropped`, `total` and `rate`. When a side cannot give drop rates (no outcome column, units
 * that would mix), says why instead of throwing.
 * @param old the earlier tidy stats table (`tidyStatsV2`, or the `outcomes` of `tidyStatsSummary`)
 * @param next the newer one
 * @param options definitions (default all built-in), by (default `['category']`), tolerance (default none)
 * @example
 * const result = diffDrops(may, june, { tolerance: { columns: { rate: { absolute: 0.01 } } } });
 */
export function diffDrops(
  old: ColumnTable,
  next: ColumnTable,
  { definitions: defs = Object.values(definitions), by = ['category'], tolerance }: DiffDropsOptions = {},
): DropsDrift {
  try {
    const keys = ['definition', ...by];
    return {
      ok: true,
      drift: diffTables(ratesOf(old, defs, by), ratesOf(next, defs, by), { keys, tolerance }),
    };
  } catch (error) {
    if (!isSentryOfflineError(error)) throw error;
    return { ok: false, reason: `${error.message} (${error.code})` };
  }
}
