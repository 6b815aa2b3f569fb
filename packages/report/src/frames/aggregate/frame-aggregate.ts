import type { SignatureStrategy, StrategyOptions } from '../strategies/signature-result.js';

/** The frame fields that top-frame lists count. */
export type FrameField = 'function' | 'module' | 'file' | 'package';

/** Every FrameField, in report order. */
export const FRAME_FIELDS: readonly FrameField[] = ['function', 'module', 'file', 'package'];

/** Partial counts of one signature. */
export interface SignatureCell {
  count: number;
  /** Distinct group_id values (issues). */
  groups: Set<string>;
  /** Earliest and latest date_created, epoch ms, or null when no event had one. */
  first: number | null;
  last: number | null;
  /** In-app frames and all frames over the signature's events (integers, so merging is exact). */
  inAppFrames: number;
  frames: number;
  /** The smallest event_id seen: a stable example whatever the split of the input. */
  example: string;
}

/** Partial counts of one file among in-app frames. */
export interface HotFileCell {
  /** Events with an in-app frame in this file. */
  events: number;
  frames: number;
  /**
   * Sum over in-app frames of 1 / (1 + the frame's rank among the event's in-app frames from the crash site), in
   * millionths rounded per frame: integers, so that merged sums are exact whatever the order.
   */
  weightMicros: number;
}

/**
 * The mergeable state of the frame report: plain data (numbers, strings, Maps, Sets), so it survives
 * `structuredClone` and `postMessage` between worker threads. Build with {@link aggregateFrames}, combine with
 * {@link mergeFrameAggregates}, turn into tables with {@link finishFrameAggregate}.
 */
export interface FrameAggregate {
  version: 1;
  strategy: SignatureStrategy;
  options: Required<Omit<StrategyOptions, 'notes'>>;
  /** Event columns the splits are keyed by (e.g. `['release']`). */
  by: string[];
  events: number;
  /** Events by stack kind: `none` (no frames), `system` (system-only), `app` (in-app only), `mixed`. */
  stackKinds: { none: number; system: number; app: number; mixed: number };
  signatures: Map<string, SignatureCell>;
  /** Per field, value → events whose crash site has it. */
  crashSite: Record<FrameField, Map<string, number>>;
  /** Per field, value → events with it anywhere in the stack (once per event). */
  anywhere: Record<FrameField, Map<string, number>>;
  hotFiles: Map<string, HotFileCell>;
  /** JSON array of the `by` values → signature → events. */
  splits: Map<string, Map<string, number>>;
}

/** A signature cell with no events yet; `example` is the event id it starts from ('' for none). */
export function emptySignatureCell(example: string): SignatureCell {
  return { count: 0, groups: new Set(), first: null, last: null, inAppFrames: 0, frames: 0, example };
}

/** An aggregate over no events. */
export function emptyFrameAggregate(
  strategy: SignatureStrategy,
  options: Required<Omit<StrategyOptions, 'notes'>>,
  by: readonly string[],
): FrameAggregate {
  const fields = () =>
    ({ function: new Map(), module: new Map(), file: new Map(), package: new Map() }) as Record<
      FrameField,
      Map<string, number>
    >;
  return {
    version: 1,
    strategy,
    options: { ...options },
    by: [...by],
    events: 0,
    stackKinds: { none: 0, system: 0, app: 0, mixed: 0 },
    signatures: new Map(),
    crashSite: fields(),
    anywhere: fields(),
    hotFiles: new Map(),
    splits: new Map(),
  };
}
