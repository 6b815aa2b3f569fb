import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { DefinitionName, DropDefinition } from './definitions.js';
import { outcomeRole, type OutcomeRole } from './outcome-role.js';
import { resolveDefinition } from './resolve-definition.js';
import { compareKeys } from './util/compare-keys.js';
import { keyColumns } from './util/key-columns.js';
import { valueColumn } from './util/value-column.js';

/** Options of {@link reconcile}. */
export interface ReconcileOptions {
  /** Grouping keys, as in `dropRates` (default `['category']`). */
  by?: readonly string[];
  /** The numeric column counted (default `'quantity'`, or `'times_seen'` when there is no `quantity`). */
  value?: 'quantity' | 'times_seen';
}

const inDropped = (role: OutcomeRole): number => (role === 'dropped' ? 1 : 0);
const inTotal = (role: OutcomeRole): number => (role === 'excluded' ? 0 : 1);

/**
 * Explains, row by row, why two definitions give different drop rates: one row per group and outcome that the
 * two count differently, with its quantity, its role under each (`accepted`, `dropped`, `other`, `excluded`) and
 * what it adds to the gaps `dropped_gap` (dropped under A − dropped under B) and `total_gap` (total under A −
 * total under B). Summed over a group, the gaps equal the difference of the two `dropRates` rows. Outcomes with a
 * quantity of 0 are left out.
 * @param table a tidy stats table (`tidyStatsV2` or the outcomes of `tidyStatsSummary`)
 * @param a the first definition (name or object)
 * @param b the second definition (name or object)
 * @param options by (default `['category']`), value (default `'quantity'`)
 * @returns a new table: the keys, `outcome`, `quantity`, `role_a`, `role_b`, `dropped_gap`, `total_gap`
 * @example
 * reconcile(tidyStatsV2(payload), 'summary', 'usage-page');
 * // error | client_discard | 15 | other | excluded | 0 | 15  (the Usage page leaves client discards out of the total)
 */
export function reconcile(
  table: ColumnTable,
  a: DefinitionName | DropDefinition,
  b: DefinitionName | DropDefinition,
  { by = ['category'], value }: ReconcileOptions = {},
): ColumnTable {
  const defA = resolveDefinition(a);
  const defB = resolveDefinition(b);
  const keys = keyColumns(
    table,
    by.filter((k) => k !== 'outcome'),
  );
  const quantities = valueColumn(table, value);
  const outcomes = table.array('outcome') as ArrayLike<unknown>;
  const groups = new Map<string, { keys: unknown[]; quantity: number }>();
  for (let i = 0; i < table.numRows(); i++) {
    const outcome = String(outcomes[i]);
    const ra = outcomeRole(defA, outcome);
    const rb = outcomeRole(defB, outcome);
    if (inDropped(ra) === inDropped(rb) && inTotal(ra) === inTotal(rb)) continue;
    const rowKeys = [...keys.map((k) => k.values[i] ?? null), outcome];
    const id = JSON.stringify(rowKeys);
    const group = groups.get(id) ?? { keys: rowKeys, quantity: 0 };
    group.quantity += quantities[i] ?? 0;
    groups.set(id, group);
  }
  const rows = [...groups.values()]
    .filter((g) => g.quantity !== 0)
    .sort((x, y) => compareKeys(x.keys, y.keys));
  const columns: Record<string, unknown[]> = {};
  keys.forEach((k, j) => (columns[k.name] = rows.map((r) => r.keys[j])));
  const outcomeOf = (r: { keys: unknown[] }) => String(r.keys[keys.length]);
  columns.outcome = rows.map(outcomeOf);
  columns.quantity = rows.map((r) => r.quantity);
  columns.role_a = rows.map((r) => outcomeRole(defA, outcomeOf(r)));
  columns.role_b = rows.map((r) => outcomeRole(defB, outcomeOf(r)));
  columns.dropped_gap = rows.map((r) => {
    const o = outcomeOf(r);
    return (inDropped(outcomeRole(defA, o)) - inDropped(outcomeRole(defB, o))) * r.quantity;
  });
  columns.total_gap = rows.map((r) => {
    const o = outcomeOf(r);
    return (inTotal(outcomeRole(defA, o)) - inTotal(outcomeRole(defB, o))) * r.quantity;
  });
  return aq.table(columns);
}
