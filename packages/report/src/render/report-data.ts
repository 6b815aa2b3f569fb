import type { ColumnTable } from 'arquero';
import type { DropDefinition } from '../definitions.js';
import type { HealthNote } from '../stats-health.js';
import type { BucketInterval } from '../util/bucket-bounds.js';

/** One input file of a report and what became of it. */
export interface ReportFile {
  /** The file name as the user gave it. */
  name: string;
  /** The detected payload kind (`stats-v2`, `event`, …), or null when it could not be told. */
  kind: string | null;
  /** `valid` (warnings allowed), `invalid`, `unreadable` or `skipped`. */
  status: 'valid' | 'warnings' | 'invalid' | 'unreadable' | 'skipped';
}

/**
 * Everything a rendered report shows, computed once by {@link buildReport}: each table is null when the input has
 * no data for it, and the renderers leave its section out.
 */
export interface ReportData {
  title: string;
  files: ReportFile[];
  /** Incomplete-data notes first, then warnings. */
  health: HealthNote[];
  /** The drop-rate definition the rates follow. */
  definition: DropDefinition;
  /** The time bucket of the over-time tables, or null without time. */
  interval: BucketInterval | null;
  /** interval_start, interval_end, category, unit, outcome, quantity: usage per bucket (null without time). */
  usage: ColumnTable | null;
  /** category, unit, outcome, quantity: usage over the whole window. */
  usageTotals: ColumnTable | null;
  /** `dropRates` by category over the whole window. */
  dropRates: ColumnTable | null;
  /** `dropRates` by category and time bucket. */
  dropRatesOverTime: ColumnTable | null;
  /** `dropRates` by project and category (null when the stats are not per project). */
  dropRatesByProject: ColumnTable | null;
  /** category, reason_group, reasons, unit, dropped, other, total, share: reasons that kept data out. */
  dropReasons: ColumnTable | null;
  /** Events with a stack read. */
  events: number;
  /** The top signatures (`topSignatures` columns), null without events. */
  signatures: ColumnTable | null;
  /** Rank changes against the baseline (`signatureChanges` columns), null without a baseline. */
  changes: ColumnTable | null;
  /** field, rank, value, crash_site, crash_site_share, anywhere, anywhere_share: functions, modules and files. */
  crashSites: ColumnTable | null;
  /** kind, events, share: system-only, in-app-only and mixed stacks. */
  stacks: ColumnTable | null;
  /** release, events, share, signatures, top_signature, top_share. */
  releases: ColumnTable | null;
  /** platform, events, share, signatures, top_signature, top_share. */
  platforms: ColumnTable | null;
}
