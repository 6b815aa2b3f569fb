import type { ColumnTable } from 'arquero';
import type { DefinitionName, DropDefinition } from '../definitions.js';
import type { RulesInput } from '../frames/rules/resolve-rules.js';
import type { SignatureStrategy } from '../frames/strategies/signature-result.js';
import { resolveDefinition } from '../resolve-definition.js';
import type { HealthNote } from '../stats-health.js';
import type { BucketInterval } from '../util/bucket-bounds.js';
import { framesTables, type ReportEvents } from './frames-tables.js';
import type { ReportData, ReportFile } from './report-data.js';
import { statsTables } from './stats-tables.js';

/** What a report is built from: any of usage stats, events and a baseline of events. */
export interface ReportInput {
  /** The input files and what became of them, for the input summary (default `[]`). */
  files?: readonly ReportFile[];
  /** Notes from `statsHealth`, shown first (default `[]`). */
  health?: readonly HealthNote[];
  /** A tidy stats table (`tidyStatsV2`, `combineStats`, or the outcomes of `tidyStatsSummary`) (default none). */
  stats?: ColumnTable | null;
  /**
   * The events under study (default none): the frames table or `tidyEvents` tables, or, for exports too large to
   * hold as tables, their frame aggregate from `createFrameAggregator({ by: REPORT_SPLITS })` (the per-release and
   * per-platform rows need that split).
   */
  events?: ReportEvents | null;
  /** Events of an earlier export or period, for rank changes: tables or a frame aggregate (default none). */
  baseline?: ReportEvents | null;
}

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** The report's title (default `'Sentry report'`). */
  title?: string;
  /** Drop-rate definition (default `'summary'`). */
  definition?: DefinitionName | DropDefinition;
  /** Time bucket of the over-time views; `null` for none (default: the finest that gives <= 120 buckets). */
  interval?: BucketInterval | null;
  /** Signature strategy (default `'sentry'`). */
  strategy?: SignatureStrategy;
  /** Stack-trace rules, as text or parsed (default none). */
  rules?: RulesInput;
  /** Rows per ranking (default `10`). */
  top?: number;
}

/**
 * Computes every table of a report from usage stats and events: usage over time by outcome, drop rates (over
 * time, by category and by project, with the definition named), drop reasons by reason group, top signatures
 * with rank changes against a baseline, top crash-site functions, modules and files, the in-app mix, and
 * per-release and per-platform splits. Tables the input has no data for are null; a table that cannot be
 * computed (say, stats without outcomes) is null with a warning in `health`. Inputs are not changed.
 * @param input files (default `[]`), health (default `[]`), stats, events, baseline (default none)
 * @param options title (default `'Sentry report'`), definition (default `'summary'`), interval (default auto),
 *   strategy (default `'sentry'`), rules (default none), top (default `10`)
 * @example
 * const data = buildReport({ stats: tidyStatsV2(june), events: tidyEvents(events) }, { title: 'June' });
 * const html = await renderHtml(data);
 */
export function buildReport(
  { files = [], health = [], stats, events, baseline }: ReportInput,
  {
    title = 'Sentry report',
    definition = 'summary',
    interval,
    strategy = 'sentry',
    rules,
    top = 10,
  }: BuildReportOptions = {},
): ReportData {
  const notes = [...health];
  const statsPart = statsTables(stats, definition, interval, notes);
  const framesPart = framesTables(events, baseline, { strategy, rules, top });
  return {
    title,
    files: files.map((f) => ({ ...f })),
    health: [
      ...notes.filter((n) => n.severity === 'incomplete'),
      ...notes.filter((n) => n.severity !== 'incomplete'),
    ],
    definition: resolveDefinition(definition),
    ...statsPart,
    ...framesPart,
  };
}
