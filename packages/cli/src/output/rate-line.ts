import type { OutputStream } from '../context.js';

/** A one-line progress report of a streamed run, whose total is not known in events. */
export interface RateLine {
  /** The counts so far (as `aggregateFrameFiles` reports them). */
  update(done: { events: number; bytes: number; tasks: number; of: number }): void;
  /** Clears the line; call once at the end. */
  done(): void;
}

/**
 * A progress line for long streamed runs: events, MB read, events/s, MB/s and tasks done, redrawn in place
 * (`\r`) on the run's stderr; a no-op when not enabled (not a terminal, or `--quiet`), so that pipes and CI logs
 * stay clean. Ours, like the progress bar, because it writes to the run's injected stream.
 * @param stream where to draw (the run's stderr)
 * @param options enabled (default `true`), now (default `Date.now`)
 * @example
 * const line = createRateLine(context.stderr, { enabled: context.stderr.isTTY === true });
 * await aggregateFrameFiles(files, { onProgress: line.update });
 * line.done();
 */
export function createRateLine(
  stream: OutputStream,
  { enabled = true, now = Date.now }: { enabled?: boolean; now?: () => number } = {},
): RateLine {
  if (!enabled) return { update() {}, done() {} };
  const start = now();
  let drawn = false;
  return {
    update({ events, bytes, tasks, of }) {
      const seconds = Math.max(now() - start, 1) / 1000;
      const mb = bytes / 1e6;
      stream.write(
        `\r${events} events, ${mb.toFixed(1)} MB  ${Math.round(events / seconds)} events/s, ` +
          `${(mb / seconds).toFixed(1)} MB/s  ${tasks}/${of} tasks\u001b[K`,
      );
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
