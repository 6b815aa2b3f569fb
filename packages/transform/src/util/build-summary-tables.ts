import * as aq from 'arquero';
import type { StatsSummaryTables } from '../tidy-stats-summary.js';
import { normaliseCategory } from '../normalise-category.js';
import { quantityUnit } from '../quantity-unit.js';
import { compareKeys } from './compare-keys.js';
import { statsV2FieldColumn } from './stats-v2-field-column.js';

/** The stats of one project × category, as read from the JSON response or the CSV download. */
export interface SummaryEntry {
  projectId: number | string | null;
  projectSlug: string | null;
  category: string;
  outcomes: Map<string, number>;
  totals: Map<string, number>;
}

function addInto(target: Map<string, number>, source: Map<string, number>): void {
  for (const [k, v] of source) target.set(k, (target.get(k) ?? 0) + v);
}

/** Normalises and merges the entries, then lays them out as the `outcomes` and `totals` tables, sorted by keys. */
export function buildSummaryTables(entries: readonly SummaryEntry[], normalise: boolean): StatsSummaryTables {
  const merged = new Map<string, SummaryEntry>();
  for (const entry of entries) {
    const category = normalise ? normaliseCategory(entry.category) : entry.category;
    const key = JSON.stringify([entry.projectId, category]);
    const prior = merged.get(key);
    if (prior) {
      addInto(prior.outcomes, entry.outcomes);
      addInto(prior.totals, entry.totals);
    } else {
      merged.set(key, {
        ...entry,
        category,
        outcomes: new Map(entry.outcomes),
        totals: new Map(entry.totals),
      });
    }
  }
  const sorted = [...merged.values()].sort((a, b) =>
    compareKeys([a.projectId, a.category], [b.projectId, b.category]),
  );
  // the outcomes hold the requested field: sum(times_seen) when the totals have it and not sum(quantity)
  const totalKeys = new Set(sorted.flatMap((e) => [...e.totals.keys()]));
  const timesSeen = totalKeys.has('sum(times_seen)') && !totalKeys.has('sum(quantity)');
  const unitOf = (category: string) => (timesSeen ? 'count' : quantityUnit(category));
  const o = { project_id: [] as unknown[], project_slug: [] as unknown[], category: [] as unknown[] };
  const outcome: string[] = [];
  const quantity: number[] = [];
  const totalNames = [...totalKeys].sort();
  const t: Record<string, unknown[]> = { project_id: [], project_slug: [], category: [] };
  for (const name of totalNames) t[statsV2FieldColumn(name)] = [];
  for (const e of sorted) {
    for (const name of [...e.outcomes.keys()].sort()) {
      o.project_id.push(e.projectId);
      o.project_slug.push(e.projectSlug);
      o.category.push(e.category);
      outcome.push(name);
      quantity.push(e.outcomes.get(name)!);
    }
    t.project_id.push(e.projectId);
    t.project_slug.push(e.projectSlug);
    t.category.push(e.category);
    for (const name of totalNames) t[statsV2FieldColumn(name)].push(e.totals.get(name) ?? null);
  }
  t.unit = sorted.map((e) => unitOf(e.category));
  const units = o.category.map((c) => unitOf(c as string));
  return {
    outcomes: aq.table({ ...o, outcome, [timesSeen ? 'times_seen' : 'quantity']: quantity, unit: units }),
    totals: aq.table(t),
  };
}
