/** Independent sums over raw payloads, to check tables against (no transform code involved). */

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Sum of every point of every group's series for a field. */
export function seriesSum(payload: unknown, field: string): number {
  let sum = 0;
  for (const g of list(rec(payload).groups))
    for (const v of list(rec(rec(g).series)[field])) sum += Number(v);
  return sum;
}

/** Sum of every group's totals for a field. */
export function totalsSum(payload: unknown, field: string): number {
  return list(rec(payload).groups).reduce<number>((s, g) => s + Number(rec(rec(g).totals)[field] ?? 0), 0);
}

/** True when some group's series adds up to less than its totals (Sentry's series truncation). */
export function isTruncated(payload: unknown): boolean {
  return list(rec(payload).groups).some((g) =>
    Object.entries(rec(rec(g).series)).some(
      ([field, s]) =>
        list(s).reduce<number>((a, b) => a + Number(b), 0) !== Number(rec(rec(g).totals)[field]),
    ),
  );
}

/** Sum of a stats-summary payload: of every outcome (`outcomes`) or of one total (`totals.<name>`). */
export function summarySum(payload: unknown, part: 'outcomes' | 'totals', name?: string): number {
  let sum = 0;
  for (const p of list(rec(payload).projects)) {
    for (const s of list(rec(p).stats)) {
      const values = rec(rec(s)[part]);
      for (const [k, v] of Object.entries(values)) if (name === undefined || k === name) sum += Number(v);
    }
  }
  return sum;
}

/** Sum of a numeric table column, nulls skipped. */
export function columnSum(values: ArrayLike<unknown>): number {
  return Array.from(values).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
}
