import { createEventTables } from '@sentry-offline/transform';
import { aggregateFrames, type AggregateFramesOptions } from './aggregate-frames.js';
import type { FrameAggregate } from './frame-aggregate.js';
import { addFrameAggregate } from './merge-frame-aggregates.js';

/** Events tidied per chunk: the tables of 2,000 API events take ~10 MB. */
const CHUNK = 2000;

/** The id the tables key an event's rows by (`eventID`, `event_id`, else `id`, as the transform reads it). */
function idOf(event: unknown): unknown {
  if (event === null || typeof event !== 'object') return undefined;
  const { eventID, event_id: snake, id } = event as Record<string, unknown>;
  return eventID ?? snake ?? id ?? null;
}

/** The aggregator that `createFrameAggregator` returns when the counts are split by event columns. */
export interface ChunkedFrameAggregator {
  add(event: unknown): void;
  flush(): FrameAggregate;
  finish(): FrameAggregate;
  readonly count: number;
}

/**
 * Frame aggregation split by event columns (`by`), which need the events table: events are tidied in chunks of
 * 2,000, each chunk aggregated by {@link aggregateFrames} and folded into the running total, so memory holds one
 * chunk's tables and the aggregate, never all the events. Slower than the fast path (the whole event is read into
 * tables), with the same result as `aggregateFrames` over all the events at once.
 */
export function createTableAggregator(
  options: AggregateFramesOptions & { rawStacktraces?: boolean },
  spent: (call: 'add' | 'flush') => never,
): ChunkedFrameAggregator {
  const { rawStacktraces = false, ...aggregate } = options;
  let state: FrameAggregate | null = null;
  let builder = createEventTables({ rawStacktraces });
  let count = 0;
  // the tables key rows by event id: an id seen twice in one chunk would merge two events' stacks into one, so
  // the chunk is folded first and each copy counts once, as on the fast path
  let ids = new Set<unknown>();
  let final: FrameAggregate | null = null;
  const fold = () => {
    const part = aggregateFrames(builder.finish(), aggregate);
    if (state === null) state = part;
    else addFrameAggregate(state, part);
    builder = createEventTables({ rawStacktraces });
    ids = new Set();
  };
  const flush = () => {
    if (builder.count > 0 || state === null) fold();
    const part = state!;
    state = null;
    return part;
  };
  return {
    add(event) {
      if (final !== null) spent('add');
      const id = idOf(event);
      if (ids.has(id)) fold();
      builder.add(event);
      ids.add(id);
      count++;
      if (builder.count === CHUNK) fold();
    },
    flush() {
      if (final !== null) spent('flush');
      return flush();
    },
    finish() {
      final ??= flush();
      return final;
    },
    get count() {
      return count;
    },
  };
}
