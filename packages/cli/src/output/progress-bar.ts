import type { OutputStream } from '../context.js';

/** A progress bar of a run over a known number of items. */
export interface ProgressBar {
  /** One more item done. */
  tick(): void;
  /** Clears the bar's line; call once at the end. */
  done(): void;
}

/** Options of {@link createProgressBar}. */
export interface ProgressBarOptions {
  /** Draw at all (default `true`); the caller passes "stderr is a TTY and no --quiet". */
  enabled?: boolean;
  /** What an item is called (default `'files'`). */
  unit?: string;
  /** Clock in milliseconds (default `Date.now`); tests inject one. */
  now?: () => number;
  /** Least time between two redraws, ms (default `100`). */
  interval?: number;
}

const WIDTH = 24;

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const whole = Math.ceil(s);
  return whole >= 60 ? `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s` : `${whole}s`;
}

/**
 * A one-line progress bar with items/s and an ETA, redrawn in place (`\r`) on a terminal stream at most every
 * `interval` ms; a no-op when not enabled, so that pipes and CI logs stay clean. A dozen lines of our own instead of
 * a dependency, because it must write to the run's injected stderr (tests pass a fake) and needs no timer.
 * @param stream where to draw (the run's stderr)
 * @param total items expected
 * @param options enabled (default `true`), unit (default `'files'`), now (default `Date.now`), interval (default `100`)
 * @example
 * const bar = createProgressBar(context.stderr, files.length, { enabled: context.stderr.isTTY === true && !quiet });
 * for (const f of files) { work(f); bar.tick(); }
 * bar.done();
 */
export function createProgressBar(
  stream: OutputStream,
  total: number,
  { enabled = true, unit = 'files', now = Date.now, interval = 100 }: ProgressBarOptions = {},
): ProgressBar {
  if (!enabled || total <= 0) return { tick() {}, done() {} };
  const start = now();
  let count = 0;
  let drawn = -Infinity;
  const draw = () => {
    const elapsed = Math.max(now() - start, 1) / 1000;
    const rate = count / elapsed;
    const filled = Math.round((count / total) * WIDTH);
    const eta = rate > 0 ? (total - count) / rate : Infinity;
    stream.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}/${total} ${unit}` +
        `  ${rate.toFixed(1)} ${unit}/s  ETA ${formatSeconds(eta)}\u001b[K`,
    );
  };
  return {
    tick() {
      count++;
      if (now() - drawn >= interval || count === total) {
        drawn = now();
        draw();
      }
    },
    done() {
      stream.write('\r\u001b[K');
    },
  };
}
