import type { OutputStream } from '../context.js';

/** What a rate line shows: items and bytes so far, and, when given, tasks (or files) done of a total. */
export interface RateCounts {
  events: number;
  bytes: number;
  tasks?: number;
  of?: number;
}

/** A one-line progress report of a streamed run, whose total is not known in events. */
export interface RateLine {
  /** The counts so far (as `aggregateFrameFiles` reports them). */
  update(done: RateCounts): void;
  /** Clears the line; call once at the end. */
  done(): void;
}

/** Options of {@link createRateLine}. */
export interface RateLineOptions {
  /** Draw at all (default `true`); the caller passes "stderr is a terminal and no --quiet". */
  enabled?: boolean;
  /** What an item is called (default `'events'`). */
  unit?: string;
  /** What a task is called (default `'tasks'`). */
  tasksUnit?: string;
  /** Clock in milliseconds (default `Date.now`); tests inject one. */
  now?: () => number;
  /** Least time between two redraws, ms (default `0`: every update; callers that update often pass 100). */
  interval?: number;
}

/**
 * A progress line for long streamed runs: items, MB read, items/s, MB/s and tasks done, redrawn in place (`\r`)
 * on the run's stderr; a no-op when not enabled (not a terminal, or `--quiet`), so that pipes and CI logs stay
 * clean. Ours, like the progress bar, because it writes to the run's injected stream.
 * @param stream where to draw (the run's stderr)
 * @param options enabled (default `true`), unit (default `'events'`), tasksUnit (default `'tasks'`), now (default
 *   `Date.now`), interval (default `0`)
 * @example
 * const line = createRateLine(context.stderr, { enabled: context.stderr.isTTY === true });
 * await aggregateFrameFiles(files, { onProgress: line.update });
 * line.done();
 */
export function createRateLine(
  stream: OutputStream,
  {
    enabled = true,
    unit = 'events',
    tasksUnit = 'tasks',
    now = Date.now,
    interval = 0,
  }: RateLineOptions = {},
): RateLine {
  if (!enabled) return { update() {}, done() {} };
  const start = now();
  let drawn = -Infinity;
  return {
    update({ events, bytes, tasks, of }) {
      const at = now();
      if (at - drawn < interval) return;
      drawn = at;
      const seconds = Math.max(at - start, 1) / 1000;
      const mb = bytes / 1e6;
      const share = tasks === undefined ? '' : `  ${tasks}${of === undefined ? '' : `/${of}`} ${tasksUnit}`;
      stream.write(
        `\r${events} ${unit}, ${mb.toFixed(1)} MB  ${Math.round(events / seconds)} ${unit}/s, ` +
          `${(mb / seconds).toFixed(1)} MB/s${share}\u001b[K`,
      );
    },
    done() {
      if (drawn > -Infinity) stream.write('\r\u001b[K');
    },
  };
}
