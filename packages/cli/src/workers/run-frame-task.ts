import type { FrameAggregate } from '@sentry-offline/report';
import { isSentryOfflineError } from '@sentry-offline/schema';
import { readEventFile, streamEvents, type EventPlace } from '../inputs/stream-events.js';
import { createTaskAggregator } from './frame-aggregator.js';
import type { FrameTask, FrameTaskResult } from './frame-task.js';

const where = (place: EventPlace) =>
  place.line !== null
    ? `${place.name}:${place.line}`
    : place.index > 0
      ? `${place.name}[${place.index}]`
      : place.name;

/**
 * Aggregates one task's share of the input: each file streamed (a byte range for NDJSON shares), each event
 * folded into a fresh aggregate. Documents that are not JSON, and events the aggregator rejects
 * (`transform.invalidEvent`), are listed and skipped; other errors (a file that cannot be read) throw.
 */
export async function runFrameTask(task: FrameTask): Promise<FrameTaskResult<FrameAggregate>> {
  const aggregator = createTaskAggregator(task.options);
  const counters = task.progress ? new BigInt64Array(task.progress) : null;
  const invalid: string[] = [];
  let events = 0;
  let bytes = 0;
  const onRead = counters ? (n: number) => void Atomics.add(counters, 1, BigInt(n)) : undefined;
  const onEvent = (event: unknown, place: EventPlace) => {
    try {
      aggregator.add(event);
      // progress in steps of 1024 events: one atomic add per step
      if ((++events & 1023) === 0 && counters) Atomics.add(counters, 0, 1024n);
    } catch (error) {
      if (!isSentryOfflineError(error)) throw error;
      invalid.push(`${where(place)}: ${error.message}`);
    }
  };
  const onInvalid = (place: EventPlace, error: Error) => invalid.push(`${where(place)}: ${error.message}`);
  for (const file of task.files) {
    const options = { name: file.name, start: file.start, end: file.end, onInvalid, onRead };
    const read = file.start === undefined ? readEventFile : streamEvents;
    bytes += (await read(file.path, onEvent, options)).bytes;
  }
  if (counters) Atomics.add(counters, 0, BigInt(events & 1023));
  return { aggregate: aggregator.finish(), events, bytes, invalid };
}
