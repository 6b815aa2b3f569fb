import { SentryOfflineError } from '@sentry-offline/schema';
import type { FrameInput } from '../frame-input.js';
import type { SignatureStrategy } from '../strategies/signature-result.js';
import { aggregateFrames, type AggregateFramesOptions } from './aggregate-frames.js';
import type { FrameAggregate } from './frame-aggregate.js';

/** Events given as tables, or already folded into a frame aggregate (`createFrameAggregator`). */
export type FramesOrAggregate = FrameInput | FrameAggregate;

function isFrameAggregate(input: FramesOrAggregate): input is FrameAggregate {
  return (input as FrameAggregate).version === 1 && (input as FrameAggregate).signatures instanceof Map;
}

/**
 * The frame aggregate of events given either way: tables are folded here (split `by`), an aggregate is checked
 * against the strategy it is to be read with (`report.strategyMismatch`, naming `what`).
 */
export function aggregateOf(
  input: FramesOrAggregate,
  what: string,
  options: AggregateFramesOptions & { strategy: SignatureStrategy },
): FrameAggregate {
  const { strategy } = options;
  if (!isFrameAggregate(input)) return aggregateFrames(input, options);
  if (input.strategy !== strategy) {
    throw new SentryOfflineError(
      'report.strategyMismatch',
      `${what}: an aggregate of the ${input.strategy} strategy, for a report of the ${strategy} strategy: pass { strategy: '${input.strategy}' }`,
      { details: { aggregate: input.strategy, report: strategy } },
    );
  }
  return input;
}
