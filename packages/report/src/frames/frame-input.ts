import type { ColumnTable } from 'arquero';

/** The tables of `tidyEvents` that frame reports read; only `frames` is required. */
export interface FrameTables {
  frames: ColumnTable;
  /** Gives the exception type (top-frame and sentry strategies). */
  exceptions?: ColumnTable | null;
  /** Gives group_id, release, platform, dates…, and includes events that have no frames. */
  events?: ColumnTable | null;
}

/** A frames table alone, or the named tables of `tidyEvents`. */
export type FrameInput = ColumnTable | FrameTables;

/** The named tables of a frame input. */
export function toFrameTables(input: FrameInput): FrameTables {
  return typeof (input as ColumnTable).columnNames === 'function'
    ? { frames: input as ColumnTable }
    : (input as FrameTables);
}
