import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { aggregateOf, type FramesOrAggregate } from '../frames/aggregate/aggregate-of.js';
import type { FrameAggregate } from '../frames/aggregate/frame-aggregate.js';
import { finishFrameAggregate } from '../frames/aggregate/finish-frame-aggregate.js';
import { rankEntries } from '../frames/aggregate/rank-entries.js';
import type { RulesInput } from '../frames/rules/resolve-rules.js';
import { signatureChanges } from '../frames/signature-changes.js';
import type { SignatureStrategy } from '../frames/strategies/signature-result.js';
import type { ReportData } from './report-data.js';

type FramesPart = Pick<
  ReportData,
  'events' | 'signatures' | 'changes' | 'crashSites' | 'stacks' | 'releases' | 'platforms'
>;

/** Options of the frame part of a report. */
export interface FramesTablesOptions {
  strategy: SignatureStrategy;
  rules: RulesInput | undefined;
  top: number;
}

/** The columns a report's events are split by: per-release and per-platform rows come from one joint split. */
export const REPORT_SPLITS: readonly string[] = ['release', 'platform'];

/** Events given as tables, or already folded into a frame aggregate (`createFrameAggregator`). */
export type ReportEvents = FramesOrAggregate;

/** Signature counts per value of one split column, summed over the other columns of the split. */
function marginal(state: FrameAggregate, name: string): Map<string | null, Map<string, number>> | null {
  const at = state.by.indexOf(name);
  if (at < 0) return null;
  const out = new Map<string | null, Map<string, number>>();
  for (const [key, counts] of state.splits) {
    const value = (JSON.parse(key) as (string | null)[])[at];
    let into = out.get(value);
    if (into === undefined) out.set(value, (into = new Map()));
    for (const [signature, n] of counts) into.set(signature, (into.get(signature) ?? 0) + n);
  }
  return out;
}

/** One row per split value (release, platform): events, share, distinct signatures and the top signature. */
function splitSummary(state: FrameAggregate, name: string): ColumnTable | null {
  const split = marginal(state, name);
  if (split === null) return null;
  const rows = [...split].map(([value, counts]) => {
    const events = [...counts.values()].reduce((a, b) => a + b, 0);
    const [top, n] = rankEntries(counts, (c) => c)[0];
    return { value, events, signatures: counts.size, top, n };
  });
  if (rows.length === 0 || rows.every((r) => r.value === null)) return null;
  rows.sort((a, b) => b.events - a.events || String(a.value).localeCompare(String(b.value)));
  return aq.table({
    [name]: rows.map((r) => r.value),
    events: rows.map((r) => r.events),
    share: rows.map((r) => (state.events === 0 ? 0 : r.events / state.events)),
    signatures: rows.map((r) => r.signatures),
    top_signature: rows.map((r) => r.top),
    top_share: rows.map((r) => r.n / r.events),
  });
}

const EMPTY: FramesPart = {
  events: 0,
  signatures: null,
  changes: null,
  crashSites: null,
  stacks: null,
  releases: null,
  platforms: null,
};

/**
 * The frame tables of a report: top signatures (and rank changes against a baseline), top crash-site
 * functions, modules and files, the in-app mix of the stacks, and per-release and per-platform splits (from an
 * aggregate split by {@link REPORT_SPLITS}; an aggregate without a split column has no rows for it).
 */
export function framesTables(
  events: ReportEvents | null | undefined,
  baseline: ReportEvents | null | undefined,
  options: FramesTablesOptions,
): FramesPart {
  if (!events) return EMPTY;
  const { strategy, rules } = options;
  const state = aggregateOf(events, 'events', { strategy, rules, by: REPORT_SPLITS });
  if (state.events === 0) return EMPTY;
  const report = finishFrameAggregate(state, { top: options.top });
  const base = baseline ? aggregateOf(baseline, 'baseline', { strategy, rules }) : null;
  return {
    events: state.events,
    signatures: report.signatures,
    changes: base ? signatureChanges(state, base, { top: options.top }) : null,
    crashSites: report.crashSites.filter((d: { field: string }) => d.field !== 'package'),
    stacks: report.stacks,
    releases: splitSummary(state, 'release'),
    platforms: splitSummary(state, 'platform'),
  };
}
