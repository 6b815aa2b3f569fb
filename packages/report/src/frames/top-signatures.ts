import type { ColumnTable } from 'arquero';
import { aggregateFrames, type AggregateFramesOptions } from './aggregate/aggregate-frames.js';
import { signatureTable } from './aggregate/signature-table.js';
import type { FrameInput } from './frame-input.js';

/** Options of {@link topSignatures}. */
export interface TopSignaturesOptions extends Omit<AggregateFramesOptions, 'by'> {
  /** Signatures before the `other` row (default `20`). */
  top?: number;
}

/**
 * The most frequent signatures: rank, signature, count, share of events, issues (distinct group_id), first_seen,
 * last_seen, in_app_ratio (in-app frames / frames over its events), example_event, and one `other` row for the
 * rest, so that `count` adds up to the events and `share` to 1.
 * @param input the frames table, or `{ frames, exceptions, events }` from `tidyEvents`
 * @param options top (default `20`), strategy (default `'sentry'`), rules (default none), defaults (default `true`),
 *   depth (default `5`), maxLength (default `255`)
 * @example
 * topSignatures(tidyEvents(events), { strategy: 'top-frame', top: 10 }).print();
 */
export function topSignatures(
  input: FrameInput,
  { top = 20, ...options }: TopSignaturesOptions = {},
): ColumnTable {
  return signatureTable(aggregateFrames(input, options), top);
}
