import {
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
 * The aggregator a worker (or the main thread) folds its events into: `createFrameAggregator`, with its splits by
 * event columns (`by`) when asked.
 */
export function createTaskAggregator(options: AggregateFramesOptions): TaskAggregator {
  return createFrameAggregator(options);
}
