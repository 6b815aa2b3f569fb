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
const ORDER = ['project', 'category', 'outcome', 'reason', 'interval_start', 'interval_end'];

type Key = string | number | null;
/** One tidied payload: its name and its table. */
type Part = { source: string; table: ColumnTable };
/** A row of one part, referenced rather than copied. */
type Ref = { part: Part; row: number; key: Key[] };

function cell(ref: Ref, name: string): unknown {
  const column = ref.part.table.column(name);
  return column === undefined ? null : (column.at(ref.row) ?? null);
}

function sameRow(a: Ref, b: Ref, names: readonly string[]): boolean {
  return names.every((n) => {
    const x = cell(a, n);
    const y = cell(b, n);
    return x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
  });
}

function rowKey(part: Part, row: number): Key[] {
  return KEYS.map((k) => {
    const v = part.table.column(k)!.at(row);
    return v instanceof Date ? v.getTime() : (v as Key);
  });
}

function conflictTable(pairs: readonly [Ref, Ref][], fields: readonly string[]): ColumnTable {
  const columns: Record<string, unknown[]> = {};
  for (const k of KEYS) columns[k] = pairs.map(([kept]) => cell(kept, k));
  columns.kept_source = pairs.map(([kept]) => kept.part.source);
  columns.other_source = pairs.map(([, other]) => other.part.source);
  for (const f of ['interval_end', ...fields]) {
    columns[`kept_${f}`] = pairs.map(([kept]) => cell(kept, f));
    columns[`other_${f}`] = pairs.map(([, other]) => cell(other, f));
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
  const parts: Part[] = payloads.map((input, i) => {
    const named = 'payload' in input && 'name' in input ? (input as NamedStatsV2) : null;
    const source = named ? named.name : `#${i + 1}`;
    return {
      source,
      table: tidyStatsV2(named ? named.payload : (input as StatsV2), { ...tidyOptions, file: source }),
    };
  });
  const names = [...new Set(parts.flatMap((p) => p.table.columnNames()))];
  const fields = names.filter((n) => !ORDER.includes(n) && n !== 'unit');
  const compared = ['interval_end', ...fields, 'unit'];
  const kept = new Map<string, Ref>();
  const pairs: [Ref, Ref][] = [];
  for (const part of parts) {
    for (let row = 0; row < part.table.numRows(); row++) {
      const ref: Ref = { part, row, key: rowKey(part, row) };
      const id = JSON.stringify(ref.key);
      const prior = kept.get(id);
      if (prior === undefined) kept.set(id, ref);
      else if (!sameRow(prior, ref, compared)) {
        pairs.push(prefer === 'first' ? [prior, ref] : [ref, prior]);
        if (prefer === 'last') kept.set(id, ref);
      }
    }
  }
  const rows = [...kept.values()].sort((a, b) => compareKeys(a.key, b.key));
  pairs.sort((a, b) => compareKeys(a[0].key, b[0].key));
  const out = [...ORDER, ...fields, 'unit'];
  return {
    table: aq.table(Object.fromEntries(out.map((n) => [n, rows.map((r) => cell(r, n))]))),
    conflicts: conflictTable(pairs, fields),
  };
}
