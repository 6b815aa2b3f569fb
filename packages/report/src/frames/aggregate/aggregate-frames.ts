import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { columnValues } from '../../util/column-values.js';
import { epochMs } from '../../util/epoch-ms.js';
import { textOrNull } from '../../util/text-or-null.js';
import { toFrameTables, type FrameInput } from '../frame-input.js';
import { forEachStack } from '../read-stacks.js';
import type { RulesInput } from '../rules/resolve-rules.js';
import { assertStrategy } from '../signatures.js';
import type { SignatureStrategy, StrategyOptions } from '../strategies/signature-result.js';
import { emptyFrameAggregate, type FrameAggregate } from './frame-aggregate.js';
import { addToSignature, addToSplit, applyStackSummary, summariseStack } from './stack-summary.js';

/** Options of {@link aggregateFrames}. */
export interface AggregateFramesOptions extends StrategyOptions {
  /** Signature strategy (default `'sentry'`). */
  strategy?: SignatureStrategy;
  /** Stack-trace rules, as text or parsed (default none). */
  rules?: RulesInput;
  /** Apply the built-in rules before `rules` (default `true`). */
  defaults?: boolean;
  /** Event columns to split signature counts by, e.g. `['release', 'os']` (default none); `sdk` means `sdk_name`. */
  by?: readonly string[];
}

function eventLookup(events: ColumnTable | null | undefined, by: readonly string[]) {
  const have = events ? events.columnNames() : [];
  const missing = by.find((b) => !have.includes(b));
  if (missing !== undefined) {
    throw new SentryOfflineError(
      'report.unknownColumn',
      events
        ? `by: the events table has no column "${missing}" (have: ${have.join(', ')})`
        : `by: "${missing}" needs the events table: pass { frames, events } from tidyEvents`,
      { details: { column: missing } },
    );
  }
  const rows = new Map<string, number>();
  const ids = events ? columnValues(events, 'event_id') : null;
  for (let i = 0; ids && i < ids.length; i++) rows.set(String(ids[i]), i);
  const col = (name: string) => (events ? columnValues(events, name) : null);
  return { rows, groups: col('group_id'), dates: col('date_created'), dims: by.map(col) };
}

/**
 * Folds events into a mergeable frame aggregate: signature counts (with issues, first/last seen and in-app ratio),
 * crash-site and anywhere-in-stack counts of functions, modules, files and packages, stack kinds, hot files, and
 * splits by event columns. Aggregates of two halves merged with {@link mergeFrameAggregates} equal the aggregate
 * of the whole.
 * @param input the frames table, or `{ frames, exceptions, events }` from `tidyEvents` (events give issues,
 *   dates and split values)
 * @param options strategy (default `'sentry'`), rules (default none), defaults (default `true`), by (default none),
 *   depth (default `5`), maxLength (default `255`)
 * @example
 * const state = mergeFrameAggregates(aggregateFrames(firstHalf), aggregateFrames(secondHalf));
 * finishFrameAggregate(state, { top: 10 }).signatures.print();
 */
export function aggregateFrames(
  input: FrameInput,
  {
    strategy = 'sentry',
    rules,
    defaults = true,
    by = [],
    depth = 5,
    maxLength = 255,
  }: AggregateFramesOptions = {},
): FrameAggregate {
  assertStrategy(strategy);
  const dims = by.map((d) => (d === 'sdk' ? 'sdk_name' : d));
  const state = emptyFrameAggregate(strategy, { depth, maxLength }, dims);
  const lookup = eventLookup(toFrameTables(input).events, dims);
  forEachStack(input, { rules, defaults }, (stack) => {
    state.events++;
    const row = lookup.rows.get(stack.eventId);
    const at = (values: ArrayLike<unknown> | null) =>
      row === undefined || values === null ? null : values[row];
    // the fast path's own summary and counting (createFrameAggregator), so that both give the same aggregate
    const summary = summariseStack(stack, strategy, { depth, maxLength, notes: false });
    addToSignature(state, summary, {
      eventId: stack.eventId,
      group: textOrNull(at(lookup.groups)),
      date: epochMs(at(lookup.dates)),
    });
    if (dims.length > 0) addToSplit(state, lookup.dims.map(at), summary.signature);
    applyStackSummary(state, summary, 1);
  });
  return state;
}
