import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { anywhereTable, frameCountTable } from './frame-count-table.js';
import type { FrameAggregate } from './frame-aggregate.js';
import { rankEntries } from './rank-entries.js';
import { signatureTable } from './signature-table.js';
import { splitTable } from './split-table.js';

/** Options of {@link finishFrameAggregate}. */
export interface FinishFrameAggregateOptions {
  /** Rows per ranking before the `other` row (default `20`). */
  top?: number;
}

/** The tables of the frame report. */
export interface FrameReport {
  /** rank, signature, count, share, issues, first_seen, last_seen, in_app_ratio, example_event (+ `other` row). */
  signatures: ColumnTable;
  /** field, rank, value, crash_site, crash_site_share, anywhere, anywhere_share: ranked by crash site. */
  crashSites: ColumnTable;
  /** field, rank, value, anywhere, anywhere_share, crash_site: ranked by events with the value anywhere. */
  anywhere: ColumnTable;
  /** kind (`none`, `system`, `app`, `mixed`), events, share. */
  stacks: ColumnTable;
  /** rank, file, weight, events, frames: in-app files weighted by closeness to the crash site. */
  hotFiles: ColumnTable;
  /** the `by` columns, rank, signature, count, share (empty without `by`). */
  splits: ColumnTable;
  /** Events aggregated. */
  events: number;
}

function stacksTable(state: FrameAggregate): ColumnTable {
  const kinds = ['none', 'system', 'app', 'mixed'] as const;
  return aq.table({
    kind: [...kinds],
    events: kinds.map((k) => state.stackKinds[k]),
    share: kinds.map((k) => (state.events === 0 ? 0 : state.stackKinds[k] / state.events)),
  });
}

function hotFilesTable(state: FrameAggregate, top: number): ColumnTable {
  const ranked = rankEntries(state.hotFiles, (c) => c.weightMicros).slice(0, top);
  return aq.table({
    rank: ranked.map((_, i) => i + 1),
    file: ranked.map(([file]) => file),
    weight: ranked.map(([, c]) => c.weightMicros / 1e6),
    events: ranked.map(([, c]) => c.events),
    frames: ranked.map(([, c]) => c.frames),
  });
}

/**
 * Turns a frame aggregate into report tables: top signatures with an `other` row, top crash-site and
 * anywhere-in-stack functions/modules/files/packages, stack kinds, hot files and splits. The state is not changed.
 * @param state from {@link aggregateFrames} or {@link mergeFrameAggregates}
 * @param options top (default `20`)
 * @example
 * const { signatures, hotFiles } = finishFrameAggregate(aggregateFrames(tables), { top: 10 });
 */
export function finishFrameAggregate(
  state: FrameAggregate,
  { top = 20 }: FinishFrameAggregateOptions = {},
): FrameReport {
  return {
    signatures: signatureTable(state, top),
    crashSites: frameCountTable(state, top),
    anywhere: anywhereTable(state, top),
    stacks: stacksTable(state),
    hotFiles: hotFilesTable(state, top),
    splits: splitTable(state, top),
    events: state.events,
  };
}
