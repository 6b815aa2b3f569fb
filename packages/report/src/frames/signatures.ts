import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import type { FrameInput } from './frame-input.js';
import { forEachStack } from './read-stacks.js';
import type { RulesInput } from './rules/resolve-rules.js';
import { signStack } from './strategies/sign-stack.js';
import {
  SIGNATURE_STRATEGIES,
  type FrameNote,
  type SignatureStrategy,
  type StrategyOptions,
} from './strategies/signature-result.js';

/** Options of {@link signatures}. */
export interface SignaturesOptions extends StrategyOptions {
  /** `'siggen'`, `'sentry'` or `'top-frame'` (default `'sentry'`). */
  strategy?: SignatureStrategy;
  /** Stack-trace rules, as text or parsed (default none). */
  rules?: RulesInput;
  /** Apply the built-in rules before `rules` (default `true`). */
  defaults?: boolean;
  /** Add a `notes` column: per frame, used or skipped and why (default `false`). */
  notes?: boolean;
}

/** Throws `report.invalidStrategy` unless `strategy` is one of the three. */
export function assertStrategy(strategy: string): asserts strategy is SignatureStrategy {
  if (!(SIGNATURE_STRATEGIES as readonly string[]).includes(strategy)) {
    throw new SentryOfflineError(
      'report.invalidStrategy',
      `unknown signature strategy "${strategy}" (expected ${SIGNATURE_STRATEGIES.join(', ')})`,
      { details: { strategy } },
    );
  }
}

/**
 * One row per event with its crash signature under one strategy: event_id, signature, level (`app-depth-N`,
 * `frames-N`, `top-frame`/`fallback`/`no-frames`), fallback, frames, in_app_frames, in_app_ratio (null without frames), and
 * with `notes: true` the per-frame explanation.
 * @param input the frames table, or `{ frames, exceptions, events }` from `tidyEvents` (exceptions give the type)
 * @param options strategy (default `'sentry'`), rules (default none), defaults (default `true`), depth (default `5`),
 *   maxLength (default `255`), notes (default `false`)
 * @example
 * signatures(tidyEvents(events), { strategy: 'siggen' }).print();
 */
export function signatures(
  input: FrameInput,
  { strategy = 'sentry', rules, defaults = true, notes = false, ...options }: SignaturesOptions = {},
): ColumnTable {
  assertStrategy(strategy);
  const eventId: string[] = [];
  const signature: string[] = [];
  const level: string[] = [];
  const fallback: boolean[] = [];
  const frames: number[] = [];
  const inAppFrames: number[] = [];
  const ratio: (number | null)[] = [];
  const noteColumn: FrameNote[][] = [];
  forEachStack(input, { rules, defaults }, (stack) => {
    const result = signStack(stack, strategy, { ...options, notes });
    const inApp = stack.frames.reduce((n, f) => n + (f.inApp ? 1 : 0), 0);
    eventId.push(stack.eventId);
    signature.push(result.signature);
    level.push(result.level);
    fallback.push(result.fallback);
    frames.push(stack.frames.length);
    inAppFrames.push(inApp);
    ratio.push(stack.frames.length === 0 ? null : inApp / stack.frames.length);
    noteColumn.push(result.notes);
  });
  const columns: Record<string, unknown[]> = {
    event_id: eventId,
    signature,
    level,
    fallback,
    frames,
    in_app_frames: inAppFrames,
    in_app_ratio: ratio,
  };
  if (notes) columns.notes = noteColumn;
  return aq.table(columns);
}
