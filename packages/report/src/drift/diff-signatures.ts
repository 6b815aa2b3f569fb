import type { AggregateFramesOptions } from '../frames/aggregate/aggregate-frames.js';
import { aggregateOf, type FramesOrAggregate } from '../frames/aggregate/aggregate-of.js';
import { signatureChanges } from '../frames/signature-changes.js';
import type { SignatureStrategy } from '../frames/strategies/signature-result.js';
import { isWithinTolerance, type Tolerance } from './tolerance.js';

/** Options of {@link diffSignatures}. */
export interface DiffSignaturesOptions extends Omit<AggregateFramesOptions, 'by'> {
  /** Signatures of each side compared (default `10`). */
  top?: number;
  /** How far a signature's `count` may move while keeping its rank (default none). */
  tolerance?: Tolerance;
}

/** A top signature whose rank or count moved. */
export interface SignatureMove {
  signature: string;
  /** `new` (not in the old events at all), `up`, `down`, `dropped` (out of the new top) or `same` (count moved). */
  status: string;
  rank: number | null;
  oldRank: number | null;
  count: number;
  oldCount: number;
}

/** Top-signature drift: the moves; an empty list means no drift. */
export interface SignaturesDrift {
  strategy: SignatureStrategy;
  top: number;
  moved: SignatureMove[];
  /** Top signatures with the same rank and a count within the tolerance. */
  unchanged: number;
}

/**
 * Compares the top signatures of two sets of events: new signatures, rank changes, signatures that left the top,
 * and counts that moved beyond the tolerance at the same rank.
 * @param old the earlier events' tables (`tidyEvents`), frames table, or frame aggregate (`createFrameAggregator`)
 * @param next the newer ones
 * @param options top (default `10`), tolerance (default none), strategy (default `'sentry'`), rules and the other
 *   `aggregateFrames` options (for tables; an aggregate was built with its own, and must be of `strategy`)
 * @example
 * diffSignatures(tidyEvents(may), tidyEvents(june), { top: 5 }).moved;
 */
export function diffSignatures(
  old: FramesOrAggregate,
  next: FramesOrAggregate,
  { top = 10, tolerance, strategy = 'sentry', ...rest }: DiffSignaturesOptions = {},
): SignaturesDrift {
  const options = { ...rest, strategy };
  const changes = signatureChanges(
    aggregateOf(next, 'new events', options),
    aggregateOf(old, 'old events', options),
    {
      top,
    },
  );
  const moved: SignatureMove[] = [];
  let unchanged = 0;
  for (const row of changes.objects() as Record<string, unknown>[]) {
    const move: SignatureMove = {
      signature: row.signature as string,
      status: row.status as string,
      rank: row.rank as number | null,
      oldRank: row.baseline_rank as number | null,
      count: row.count as number,
      oldCount: row.baseline_count as number,
    };
    if (move.status === 'same' && isWithinTolerance(move.oldCount, move.count, 'count', tolerance))
      unchanged++;
    else moved.push(move);
  }
  return { strategy, top, moved, unchanged };
}
