import { createEventTables } from '@sentry-offline/transform';
import { aggregateFrames, mergeFrameAggregates, type FrameAggregate } from '@sentry-offline/report';
import type { FrameTaskOptions } from './frame-task.js';

/** Events in, a frame aggregate out. */
export interface FrameAggregator {
  add(event: unknown): void;
  finish(): FrameAggregate;
}

const CHUNK = 2000;

/** The aggregator a worker (or the main thread) folds its events into. */
export function createTaskAggregator(options: FrameTaskOptions): FrameAggregator {
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
