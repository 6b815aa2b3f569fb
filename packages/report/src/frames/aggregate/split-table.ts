import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { FrameAggregate } from './frame-aggregate.js';
import { rankEntries } from './rank-entries.js';

/**
 * Signature counts per combination of the `by` columns: one column per `by` column, then rank, signature, count
 * and share of that combination's events; the top `top` per combination and an `other` row for the rest.
 */
export function splitTable(state: FrameAggregate, top: number): ColumnTable {
  const columns: Record<string, unknown[]> = Object.fromEntries(state.by.map((b) => [b, []]));
  Object.assign(columns, { rank: [], signature: [], count: [], share: [] });
  const keys = [...state.splits.keys()].sort();
  for (const key of keys) {
    const values = JSON.parse(key) as (string | null)[];
    const counts = state.splits.get(key)!;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const ranked = rankEntries(counts, (n) => n);
    const rows: [number | null, string, number][] = ranked.slice(0, top).map(([s, n], i) => [i + 1, s, n]);
    const rest = ranked.slice(top);
    if (rest.length > 0)
      rows.push([null, `other (${rest.length} signatures)`, rest.reduce((a, [, n]) => a + n, 0)]);
    for (const [rank, signature, n] of rows) {
      state.by.forEach((b, i) => columns[b].push(values[i]));
      columns.rank.push(rank);
      columns.signature.push(signature);
      columns.count.push(n);
      columns.share.push(n / total);
    }
  }
  return aq.table(columns);
}
