import { createEventTables } from '@sentry-offline/transform';
import {
  addFrameAggregate,
  aggregateFrames,
  createFrameAggregator,
  type AggregateFramesOptions,
  type FrameAggregate,
} from '@sentry-offline/report';
import { detectKind } from '@sentry-offline/schema';

/** Events in, frame aggregates out: `flush` gives the part since the last flush, the caches stay warm. */
export interface TaskAggregator {
  add(event: unknown): void;
  flush(): FrameAggregate;
}

const CHUNK = 2000;

/** Splits by event columns need the events table: tables in chunks of 2000 events, aggregated and merged. */
function createTableAggregator(options: AggregateFramesOptions): TaskAggregator {
  let state: FrameAggregate | null = null;
  let builder = createEventTables();
  const fold = () => {
    const part = aggregateFrames(builder.finish(), options);
    if (state === null) state = part;
    else addFrameAggregate(state, part);
    builder = createEventTables();
  };
  return {
    add(event) {
      builder.add(event);
      if (builder.count === CHUNK) fold();
    },
    flush() {
      if (builder.count > 0 || state === null) fold();
      const part = state!;
      state = null;
      return part;
    },
  };
}

/**
 * What a document is when it is not an event, for the list of documents left out: a stats payload or an issue
 * list handed to the frame report would otherwise count as an event without frames.
 */
export function notAnEvent(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null; // the aggregator says why
  const { kind } = detectKind(value);
  if (kind === 'raw-event') return null;
  if (kind === 'event')
    return Array.isArray((value as { entries?: unknown }).entries)
      ? null
      : 'an events-list row without entries (no stack to read): save the event details, or the list with full=1';
  return kind === null ? 'not an event (no kind recognised)' : `a ${kind} payload, not an event`;
}

/**
 * The aggregator a worker (or the main thread) folds its events into: the streaming fast path
 * (`createFrameAggregator`), or the table path when the aggregate is split by event columns (`by`).
 */
export function createTaskAggregator(options: AggregateFramesOptions): TaskAggregator {
  if (options.by !== undefined && options.by.length > 0) return createTableAggregator(options);
  const { by: _by, ...rest } = options;
  return createFrameAggregator(rest);
}
