import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { aggregateFrames } from '../frames/aggregate/aggregate-frames.js';
import type { FrameAggregate } from '../frames/aggregate/frame-aggregate.js';
import { finishFrameAggregate } from '../frames/aggregate/finish-frame-aggregate.js';
import { rankEntries } from '../frames/aggregate/rank-entries.js';
import type { FrameInput } from '../frames/frame-input.js';
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

/** One row per split value (release, platform): events, share, distinct signatures and the top signature. */
function splitSummary(state: FrameAggregate, name: string): ColumnTable | null {
  const rows = [...state.splits].map(([key, counts]) => {
    const events = [...counts.values()].reduce((a, b) => a + b, 0);
    const [top, n] = rankEntries(counts, (c) => c)[0];
    return { value: (JSON.parse(key) as (string | null)[])[0], events, signatures: counts.size, top, n };
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
 * functions, modules and files, the in-app mix of the stacks, and per-release and per-platform splits.
 */
export function framesTables(
  events: FrameInput | null | undefined,
  baseline: FrameInput | null | undefined,
  { strategy, rules, top }: FramesTablesOptions,
): FramesPart {
  if (!events) return EMPTY;
  const byRelease = aggregateFrames(events, { strategy, rules, by: ['release'] });
  if (byRelease.events === 0) return EMPTY;
  const byPlatform = aggregateFrames(events, { strategy, rules, by: ['platform'] });
  const report = finishFrameAggregate(byRelease, { top });
  const base = baseline ? aggregateFrames(baseline, { strategy, rules }) : null;
  return {
    events: byRelease.events,
    signatures: report.signatures,
    changes: base ? signatureChanges(byRelease, base, { top }) : null,
    crashSites: report.crashSites.filter((d: { field: string }) => d.field !== 'package'),
    stacks: report.stacks,
    releases: splitSummary(byRelease, 'release'),
    platforms: splitSummary(byPlatform, 'platform'),
  };
}
