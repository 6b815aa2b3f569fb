import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { StatsV2 } from '@sentry-offline/schema';
import { tidyStatsV2, type TidyStatsV2Options } from './tidy-stats-v2.js';
import { compareKeys } from './util/compare-keys.js';

/** A stats-v2 payload with the name its rows and conflicts are reported under (a file name, typically). */
export interface NamedStatsV2 {
  name: string;
  payload: StatsV2;
}

/** Options of {@link combineStats}: those of `tidyStatsV2` for every payload, and which value a conflict keeps. */
export interface CombineStatsOptions extends Omit<TidyStatsV2Options, 'file'> {
  /** Which payload's row the table keeps when two disagree (default `'first'`, in the order given). */
  prefer?: 'first' | 'last';
}

/** The combined table and the overlaps whose values disagree. */
export interface CombinedStats {
  /** The columns of `tidyStatsV2` (fields of every payload; null where a payload lacks one), each row once. */
  table: ColumnTable;
  /**
   * One row per disagreeing pair: `project`, `category`, `outcome`, `reason`, `interval_start`, `kept_source`,
   * `other_source`, `kept_interval_end`, `other_interval_end`, then `kept_<field>` and `other_<field>` per field.
   */
  conflicts: ColumnTable;
}

const KEYS = ['project', 'category', 'outcome', 'reason', 'interval_start'] as const;

type Row = { source: string; cells: Map<string, unknown> };

function sameCell(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

function readRows(table: ColumnTable, source: string): Row[] {
  const names = table.columnNames();
  const columns = names.map((n) => table.column(n)!);
  const rows: Row[] = [];
  for (let r = 0; r < table.numRows(); r++) {
    rows.push({ source, cells: new Map(names.map((n, c) => [n, columns[c].at(r)])) });
  }
  return rows;
}

function keyOf(row: Row): (string | number | null)[] {
  return KEYS.map((k) => {
    const v = row.cells.get(k);
    return v instanceof Date ? v.getTime() : (v as string | number | null);
  });
}

function columnsOf(rows: readonly Row[], names: readonly string[]): Record<string, unknown[]> {
  return Object.fromEntries(names.map((n) => [n, rows.map((r) => r.cells.get(n) ?? null)]));
}

function conflictTable(pairs: readonly [Row, Row][], fields: readonly string[]): ColumnTable {
  const columns: Record<string, unknown[]> = {};
  for (const k of KEYS) columns[k] = pairs.map(([kept]) => kept.cells.get(k));
  columns.kept_source = pairs.map(([kept]) => kept.source);
  columns.other_source = pairs.map(([, other]) => other.source);
  for (const f of ['interval_end', ...fields]) {
    columns[`kept_${f}`] = pairs.map(([kept]) => kept.cells.get(f) ?? null);
    columns[`other_${f}`] = pairs.map(([, other]) => other.cells.get(f) ?? null);
  }
  return aq.table(columns);
}

/**
 * Stitches several stats-v2 payloads (other windows, projects or categories) into one tidy table. A row present
 * in several payloads with the same values counts once; rows with the same keys and `interval_start` but another
 * `interval_end` or other values are never summed: the table keeps one (see `prefer`) and `conflicts` lists both,
 * with the names of their sources.
 * @param payloads stats-v2 payloads, bare (named `#1`, `#2`, …) or as `{ name, payload }`
 * @param options prefer (default `'first'`), and normalise, interval, partialSeries as in `tidyStatsV2`
 * @example
 * const { table, conflicts } = combineStats([{ name: 'may.json', payload: may }, { name: 'june.json', payload: june }]);
 */
export function combineStats(
  payloads: ReadonlyArray<StatsV2 | NamedStatsV2>,
  { prefer = 'first', ...tidyOptions }: CombineStatsOptions = {},
): CombinedStats {
  const kept = new Map<string, Row>();
  const pairs: [Row, Row][] = [];
  const names = new Set<string>();
  payloads.forEach((input, i) => {
    const named = 'payload' in input && 'name' in input ? (input as NamedStatsV2) : null;
    const source = named ? named.name : `#${i + 1}`;
    const table = tidyStatsV2(named ? named.payload : (input as StatsV2), { ...tidyOptions, file: source });
    table.columnNames().forEach((n) => names.add(n));
    for (const row of readRows(table, source)) {
      const key = JSON.stringify(keyOf(row));
      const prior = kept.get(key);
      if (prior === undefined) {
        kept.set(key, row);
        continue;
      }
      const same = [...new Set([...prior.cells.keys(), ...row.cells.keys()])].every((n) =>
        sameCell(prior.cells.get(n) ?? null, row.cells.get(n) ?? null),
      );
      if (same) continue;
      pairs.push(prefer === 'first' ? [prior, row] : [row, prior]);
      if (prefer === 'last') kept.set(key, row);
    }
  });
  const order = ['project', 'category', 'outcome', 'reason', 'interval_start', 'interval_end'];
  const fields = [...names].filter((n) => !order.includes(n) && n !== 'unit');
  const rows = [...kept.values()].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  pairs.sort((a, b) => compareKeys(keyOf(a[0]), keyOf(b[0])));
  return {
    table: aq.table(columnsOf(rows, [...order, ...fields, 'unit'])),
    conflicts: conflictTable(pairs, fields),
  };
}
