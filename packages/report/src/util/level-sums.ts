import type { OutcomeRole } from '../outcome-role.js';

/** Index of each role in {@link LevelEntry.sums}. */
export const ROLE_INDEX: Record<OutcomeRole, number> = { accepted: 0, dropped: 1, other: 2, excluded: 3 };

/** The sums of one group at one level of a report, in one time bucket (-1 when there is no time). */
export interface LevelEntry {
  keys: unknown[];
  /** The keys as small integers (a code per key column, see `dictionaryCodes`); they make the entry's id. */
  codes: number[];
  bucket: number;
  units: Set<string | null>;
  /** accepted, dropped, other, excluded */
  sums: number[];
  /** The raw reasons summed into this entry (kept only when asked). */
  reasons: Set<string>;
}

const idOf = (codes: readonly number[], bucket: number): string => `${codes.join(',')}|${bucket}`;

/** Sums of rows by a subset of the key columns (a level: the rows, their parents, the organisation). */
export class LevelSums {
  readonly entries = new Map<string, LevelEntry>();

  constructor(readonly keyIndices: readonly number[]) {}

  private project<T>(all: readonly T[]): T[] {
    return this.keyIndices.map((k) => all[k]);
  }

  /**
   * Adds the sums of rows of one group (per role, as in {@link ROLE_INDEX}), given their key values and codes
   * (both over every key column).
   */
  add(
    codes: readonly number[],
    keys: readonly unknown[],
    bucket: number,
    unit: string | null,
    sums: ArrayLike<number>,
    reason: string | null = null,
  ): void {
    const projected = this.project(codes);
    const id = idOf(projected, bucket);
    let entry = this.entries.get(id);
    if (!entry) {
      const values = this.project(keys);
      entry = {
        keys: values,
        codes: projected,
        bucket,
        units: new Set(),
        sums: [0, 0, 0, 0],
        reasons: new Set(),
      };
      this.entries.set(id, entry);
    }
    entry.units.add(unit);
    if (reason !== null) entry.reasons.add(reason);
    for (let r = 0; r < 4; r++) entry.sums[r] += sums[r];
  }

  /** The entry of the group that holds a row with these codes (over every key column). */
  get(codes: readonly number[], bucket: number): LevelEntry | undefined {
    return this.entries.get(idOf(this.project(codes), bucket));
  }

  /** Running sums over `buckets` (sorted), one entry per group and bucket, zero where a group had no rows. */
  cumulate(buckets: readonly number[]): LevelSums {
    const out = new LevelSums(this.keyIndices);
    const series = new Map<string, LevelEntry[]>();
    for (const entry of this.entries.values()) {
      const id = entry.codes.join(',');
      const list = series.get(id);
      if (list) list.push(entry);
      else series.set(id, [entry]);
    }
    for (const entries of series.values()) {
      const byBucket = new Map(entries.map((e) => [e.bucket, e]));
      const running = [0, 0, 0, 0];
      const units = new Set(entries.flatMap((e) => [...e.units]));
      const reasons = new Set(entries.flatMap((e) => [...e.reasons]));
      const { keys, codes } = entries[0];
      for (const bucket of buckets) {
        byBucket.get(bucket)?.sums.forEach((s, r) => (running[r] += s));
        out.entries.set(idOf(codes, bucket), { keys, codes, bucket, units, sums: [...running], reasons });
      }
    }
    return out;
  }
}
