import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { FrameAggregate } from './aggregate/frame-aggregate.js';
import { rankEntries } from './aggregate/rank-entries.js';

/** Options of {@link signatureChanges}. */
export interface SignatureChangesOptions {
  /** Signatures of each side to compare (default `20`). */
  top?: number;
}

function ranks(state: FrameAggregate): Map<string, { rank: number; count: number }> {
  const out = new Map<string, { rank: number; count: number }>();
  rankEntries(state.signatures, (c) => c.count).forEach(([s, c], i) =>
    out.set(s, { rank: i + 1, count: c.count }),
  );
  return out;
}

/**
 * New signatures and rank changes against a baseline (an earlier export or period): one row per signature in the
 * current top `top` and per baseline top-`top` signature that left it, with rank, count, share, baseline_rank,
 * baseline_count, baseline_share, rank_change (baseline_rank − rank: positive moved up) and status (`new`: not in
 * the baseline at all, `up`, `down`, `same`, `dropped`: out of the current top).
 * @param current aggregate of the events under study
 * @param baseline aggregate of the baseline events, built with the same strategy
 * @param options top (default `20`)
 * @example
 * signatureChanges(aggregateFrames(june), aggregateFrames(may), { top: 10 }).filter((d) => d.status === 'new');
 */
export function signatureChanges(
  current: FrameAggregate,
  baseline: FrameAggregate,
  { top = 20 }: SignatureChangesOptions = {},
): ColumnTable {
  const now = ranks(current);
  const before = ranks(baseline);
  const rows: { signature: string; rank: number | null }[] = [];
  for (const [signature, { rank }] of now) if (rank <= top) rows.push({ signature, rank });
  for (const [signature, { rank }] of before) {
    const mine = now.get(signature);
    if (rank <= top && (!mine || mine.rank > top)) rows.push({ signature, rank: null });
  }
  const share = (n: number | undefined, total: number) =>
    n === undefined ? null : total === 0 ? 0 : n / total;
  const status = (rank: number | null, baseRank: number | undefined) =>
    rank === null
      ? 'dropped'
      : baseRank === undefined
        ? 'new'
        : baseRank > rank
          ? 'up'
          : baseRank < rank
            ? 'down'
            : 'same';
  return aq.table({
    rank: rows.map((r) => r.rank),
    signature: rows.map((r) => r.signature),
    count: rows.map((r) => now.get(r.signature)?.count ?? 0),
    share: rows.map((r) => share(now.get(r.signature)?.count ?? 0, current.events)),
    baseline_rank: rows.map((r) => before.get(r.signature)?.rank ?? null),
    baseline_count: rows.map((r) => before.get(r.signature)?.count ?? 0),
    baseline_share: rows.map((r) => share(before.get(r.signature)?.count ?? 0, baseline.events)),
    rank_change: rows.map((r) => {
      const b = before.get(r.signature)?.rank;
      return r.rank === null || b === undefined ? null : b - r.rank;
    }),
    status: rows.map((r) => status(r.rank, before.get(r.signature)?.rank)),
  });
}
