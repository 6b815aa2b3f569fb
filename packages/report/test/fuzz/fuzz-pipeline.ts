import type { ColumnTable } from 'arquero';
import {
  detectKind,
  isSentryOfflineError,
  splitRecords,
  validateBytes,
  type PayloadKind,
} from '@sentry-offline/schema';
import {
  tidyDiscover,
  tidyEvents,
  tidyEventsList,
  tidyEventsTimeseries,
  tidyIssuesList,
  tidyStatsSeries,
  tidyStatsSummary,
  tidyStatsV2,
} from '@sentry-offline/transform';
import { dropReport, signatures, statsHealth } from '../../src/index.js';

// tidy invalid payloads too (not what the CLI does): the transform must still throw only its typed errors
const AGGRESSIVE = Boolean(process.env.FUZZ_AGGRESSIVE);

type Step = (value: never, file: string) => unknown;

/** How each kind goes from a payload to tables and on to a report, as the CLI drives them. */
const STEPS: Record<PayloadKind, Step | null> = {
  'stats-v2': (v, file) => dropReport(tidyStatsV2(v, { file })),
  'stats-summary': (v, file) => tidyStatsSummary(v, { file }),
  'stats-series': (v, file) => tidyStatsSeries(v, { file }),
  event: (v) => signatures(tidyEvents([v]) as never),
  'raw-event': (v) => signatures(tidyEvents([v]) as never),
  'events-list': (v, file) => tidyEventsList(v, { file }),
  issue: (v, file) => tidyIssuesList(v, { file }),
  'issues-list': (v, file) => tidyIssuesList(v, { file }),
  discover: (v, file) => tidyDiscover(v, { file }),
  'events-timeseries': (v, file) => tidyEventsTimeseries(v, { file }),
  'error-response': null,
};

/** Materialises arquero tables so that lazy work runs inside the pipeline. */
function touch(output: unknown): void {
  const tables = output && typeof output === 'object' ? Object.values(output) : [];
  for (const t of [output, ...tables]) {
    if (t && typeof (t as ColumnTable).objects === 'function') (t as ColumnTable).objects({ limit: 5 });
  }
}

/** What one run of the pipeline ended as. */
export type Outcome = 'invalid' | 'valid' | 'rejected';

/**
 * detect → validate → split records → tidy → report on one file's bytes, as the CLI does: invalid payloads
 * stop at validation (list payloads go on with their good records). Errors other than SentryOfflineError
 * escape: that is what the fuzz tests look for.
 */
export function runPipeline(file: string, bytes: Uint8Array): Outcome {
  const result = validateBytes(file, bytes);
  if (result.value !== undefined) detectKind(result.value);
  statsHealth([{ ...result, file }]);
  const split = splitRecords(result);
  const value = split ? split.kept : result.ok || AGGRESSIVE ? result.value : undefined;
  const step = result.kind ? STEPS[result.kind] : null;
  if (value === undefined || !step) return 'invalid';
  try {
    touch(step(value as never, file));
    return 'valid';
  } catch (error) {
    if (isSentryOfflineError(error)) return 'rejected';
    throw error;
  }
}
