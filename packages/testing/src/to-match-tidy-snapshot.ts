import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { toCanonicalJson } from '@sentry-offline/transform';
import type { MatcherContext, MatcherResult, SnapshotMatchers } from './matcher-types.js';

/** Options of the `toMatchTidySnapshot` matcher. */
export interface ToMatchTidySnapshotOptions {
  /** Compare with this file (vitest `toMatchFileSnapshot`, relative to the test file) instead of a snapshot entry. */
  file?: string;
  /** Names the snapshot entry when a test takes several (default none). */
  hint?: string;
}

function isTable(value: unknown): value is ColumnTable {
  return typeof (value as ColumnTable | null)?.columnNames === 'function';
}

/**
 * The canonical text of a table, or of named tables (`tidyEvents` output): each as `toCanonicalJson` writes it —
 * fixed column order, sorted rows, ISO UTC dates, one number format, one row per line — under a `## name` line.
 * @param received an arquero table or an object of tables
 * @example
 * tidySnapshotText(tidyStatsV2(june));
 */
export function tidySnapshotText(received: unknown): string {
  if (isTable(received)) return toCanonicalJson(received);
  if (received !== null && typeof received === 'object') {
    const entries = Object.entries(received as Record<string, unknown>).filter(([, t]) => isTable(t));
    if (entries.length > 0) {
      return entries.map(([name, t]) => `## ${name}\n${toCanonicalJson(t as ColumnTable)}`).join('\n');
    }
  }
  throw new SentryOfflineError(
    'testing.notATable',
    'toMatchTidySnapshot expects an arquero table or an object of tables (tidyEvents output)',
    { details: { received: received === null ? 'null' : typeof received } },
  );
}

/**
 * Builds the `toMatchTidySnapshot` matcher on a framework's snapshot matchers: the table's canonical text goes to
 * `toMatchSnapshot` (or `toMatchFileSnapshot` with `{ file }`), so snapshots diff cleanly and do not churn.
 * @param snapshots vitest's `Snapshots`, or `{ toMatchSnapshot }` from `jest-snapshot`
 * @example
 * expect.extend({ toMatchTidySnapshot: tidySnapshotMatcher(Snapshots) });
 */
export function tidySnapshotMatcher(snapshots: SnapshotMatchers) {
  return function toMatchTidySnapshot(
    this: MatcherContext,
    received: unknown,
    { file, hint }: ToMatchTidySnapshotOptions = {},
  ): MatcherResult | Promise<MatcherResult> {
    const text = tidySnapshotText(received);
    if (file === undefined) return snapshots.toMatchSnapshot.call(this as never, text, hint);
    if (!snapshots.toMatchFileSnapshot) {
      throw new SentryOfflineError(
        'testing.noFileSnapshots',
        `toMatchTidySnapshot({ file: "${file}" }) needs a toMatchFileSnapshot (vitest's Snapshots has one)`,
      );
    }
    return snapshots.toMatchFileSnapshot.call(this as never, text, file, hint);
  };
}
