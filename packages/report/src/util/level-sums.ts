import type { OutcomeRole } from '../outcome-role.js';

/** Index of each role in {@link LevelEntry.sums}. */
export const ROLE_INDEX: Record<OutcomeRole, number> = { accepted: 0, dropped: 1, other: 2, excluded: 3 };

/** The sums of one group at one level of a report, in one time bucket (-1 when there is no time). */
export interface LevelEntry {
  keys: unknown[];
  bucket: number;
  units: Set<string | null>;
  /** accepted, dropped, other, excluded */
  sums: number[];
  /** The raw reasons summed into this entry (kept only when asked). */
  reasons: Set<string>;
}

/** Sums of rows by a subset of the key columns (a level: the rows, their parents, the organisation). */
export class LevelSums {
  readonly entries = new Map<string, LevelEntry>();

  constructor(readonly keyIndices: readonly number[]) {}

  /** The id of a row's group at this level. */
  id(keys: readonly unknown[], bucket: number): string {
    return JSON.stringify([...this.keyIndices.map((k) => keys[k]), bucket]);
  }

  add(
    keys: readonly unknown[],
    bucket: number,
    unit: string | null,
    role: OutcomeRole,
    quantity: number,
    reason: string | null = null,
  ): void {
    const id = this.id(keys, bucket);
    let entry = this.entries.get(id);
    if (!entry) {
      const projected = this.keyIndices.map((k) => keys[k]);
      entry = { keys: projected, bucket, units: new Set(), sums: [0, 0, 0, 0], reasons: new Set() };
      this.entries.set(id, entry);
    }
    entry.units.add(unit);
    if (reason !== null) entry.reasons.add(reason);
    entry.sums[ROLE_INDEX[role]] += quantity;
  }

  get(keys: readonly unknown[], bucket: number): LevelEntry | undefined {
    return this.entries.get(this.id(keys, bucket));
  }

  /** Running sums over `buckets` (sorted), one entry per group and bucket, zero where a group had no rows. */
  cumulate(buckets: readonly number[]): LevelSums {
    const out = new LevelSums(this.keyIndices);
    const series = new Map<string, LevelEntry[]>();
    for (const entry of this.entries.values()) {
      const id = JSON.stringify(entry.keys);
      const list = series.get(id);
      if (list) list.push(entry);
      else series.set(id, [entry]);
    }
    for (const entries of series.values()) {
      const byBucket = new Map(entries.map((e) => [e.bucket, e]));
      const running = [0, 0, 0, 0];
      const units = new Set(entries.flatMap((e) => [...e.units]));
      const reasons = new Set(entries.flatMap((e) => [...e.reasons]));
      for (const bucket of buckets) {
        byBucket.get(bucket)?.sums.forEach((s, r) => (running[r] += s));
        const keys = entries[0].keys;
        out.entries.set(JSON.stringify([...keys, bucket]), {
          keys,
          bucket,
          units,
          sums: [...running],
          reasons,
        });
      }
    }
    return out;
  }
}
