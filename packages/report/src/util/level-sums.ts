import type { OutcomeRole } from '../outcome-role.js';

/** Index of each role in {@link LevelEntry.sums}. */
export const ROLE_INDEX: Record<OutcomeRole, number> = { accepted: 0, dropped: 1, other: 2, excluded: 3 };

/** The sums of one group at one level of a report, in one time bucket (-1 when there is no time). */
export interface LevelEntry {
  keys: unknown[];
  /** The keys as small integers (a code per key column, see `dictionaryCodes`); they make the entry's id. */
  codes: number[];
  bucket: number;
  /** The distinct units of its rows, in order of first appearance (an array: most entries have one). */
  units: (string | null)[];
  /** accepted, dropped, other, excluded */
  sums: number[];
  /** The raw reasons summed into this entry (kept only when asked). */
  reasons: string[];
}

// a numeric id is (bucket index) × (number of key combinations) + (key combination): exact below 2^53
const MAX_KEY_SPACE = 2 ** 32;
const MAX_BUCKETS = 2 ** 20;

/** Sums of rows by a subset of the key columns (a level: the rows, their parents, the organisation). */
export class LevelSums {
  readonly entries = new Map<number | string, LevelEntry>();
  /** How many codes each of this level's key columns has (null: ids are strings). */
  private readonly radices: number[] | null;
  private readonly keySpace: number;
  private readonly buckets = new Map<number, number>();

  /**
   * @param keyIndices the key columns of this level, among all the key columns
   * @param sizes how many codes each of all the key columns has (default none: string ids)
   */
  constructor(
    readonly keyIndices: readonly number[],
    private readonly sizes: readonly number[] | null = null,
  ) {
    const radices = sizes && keyIndices.map((k) => Math.max(sizes[k], 1));
    this.keySpace = radices ? radices.reduce((a, b) => a * b, 1) : Infinity;
    this.radices = this.keySpace <= MAX_KEY_SPACE ? radices : null;
  }

  private project<T>(all: readonly T[]): T[] {
    return this.keyIndices.map((k) => all[k]);
  }

  /** The id of this level's codes (`codes[indices[i]]`) in a bucket: a number, or a string for huge key spaces. */
  private idOf(codes: readonly number[], indices: readonly number[] | null, bucket: number): number | string {
    const radices = this.radices;
    const n = indices ? indices.length : codes.length;
    if (radices !== null) {
      let b = this.buckets.get(bucket);
      if (b === undefined) this.buckets.set(bucket, (b = this.buckets.size));
      if (b < MAX_BUCKETS) {
        let id = 0;
        for (let i = 0; i < n; i++) id = id * radices[i] + codes[indices ? indices[i] : i];
        return b * this.keySpace + id;
      }
    }
    return `${(indices ? this.project(codes) : codes).join(',')}|${bucket}`;
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
    const id = this.idOf(codes, this.keyIndices, bucket);
    let entry = this.entries.get(id);
    if (!entry) {
      entry = {
        keys: this.project(keys),
        codes: this.project(codes),
        bucket,
        units: [],
        sums: [0, 0, 0, 0],
        reasons: [],
      };
      this.entries.set(id, entry);
    }
    if (!entry.units.includes(unit)) entry.units.push(unit);
    if (reason !== null && !entry.reasons.includes(reason)) entry.reasons.push(reason);
    for (let r = 0; r < 4; r++) entry.sums[r] += sums[r];
  }

  /** The entry of the group that holds a row with these codes (over every key column). */
  get(codes: readonly number[], bucket: number): LevelEntry | undefined {
    return this.entries.get(this.idOf(codes, this.keyIndices, bucket));
  }

  /** Running sums over `buckets` (sorted), one entry per group and bucket, zero where a group had no rows. */
  cumulate(buckets: readonly number[]): LevelSums {
    const out = new LevelSums(this.keyIndices, this.sizes);
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
      const units = [...new Set(entries.flatMap((e) => e.units))];
      const reasons = [...new Set(entries.flatMap((e) => e.reasons))];
      const { keys, codes } = entries[0];
      for (const bucket of buckets) {
        byBucket.get(bucket)?.sums.forEach((s, r) => (running[r] += s));
        const entry = { keys, codes, bucket, units, sums: [...running], reasons };
        // codes are this level's own: no projection
        out.entries.set(out.idOf(codes, null, bucket), entry);
      }
    }
    return out;
  }
}
