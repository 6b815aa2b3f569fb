import { createEventTables } from '@sentry-offline/transform';
import {
  aggregateFrames,
  createFrameAggregator,
  mergeFrameAggregates,
  type FrameAggregate,
} from '@sentry-offline/report';
import type { FrameTaskOptions } from './frame-task.js';

/** Events in, a frame aggregate out. */
export interface FrameAggregator {
  add(event: unknown): void;
  finish(): FrameAggregate;
}

const CHUNK = 2000;

/** Splits by event columns need the events table: tables in chunks of 2000 events, aggregated and merged. */
function createTableAggregator(options: FrameTaskOptions): FrameAggregator {
  let state: FrameAggregate | null = null;
  let builder = createEventTables();
  const flush = () => {
    const part = aggregateFrames(builder.finish(), options);
    state = state === null ? part : mergeFrameAggregates(state, part);
    builder = createEventTables();
  };
  return {
    add(event) {
      builder.add(event);
      if (builder.count === CHUNK) flush();
    },
    finish() {
      if (builder.count > 0 || state === null) flush();
      return state!;
    },
  };
}

/**
 * The aggregator a worker (or the main thread) folds its events into: the streaming fast path
 * (`createFrameAggregator`), or the table path when the aggregate is split by event columns (`by`).
 */
export function createTaskAggregator(options: FrameTaskOptions): FrameAggregator {
  if (options.by !== undefined && options.by.length > 0) return createTableAggregator(options);
  const { by: _by, ...rest } = options;
  return createFrameAggregator(rest);
}
