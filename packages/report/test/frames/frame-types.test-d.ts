import type { ColumnTable } from 'arquero';
import { tidyEvents } from '@sentry-offline/transform';
import { expectTypeOf, test } from 'vitest';
import {
  aggregateFrames,
  compareStrategies,
  explainSignature,
  finishFrameAggregate,
  mergeFrameAggregates,
  signatures,
  signStack,
  topFrames,
  topSignatures,
  type FrameAggregate,
  type FrameInput,
  type FrameReport,
  type SignatureResult,
  type SignatureStrategy,
  type StrategyComparison,
} from '../../src/index.js';

test('frame reports take a frames table or the tables of tidyEvents and return tables or plain objects', () => {
  expectTypeOf(tidyEvents([])).toExtend<FrameInput>();
  expectTypeOf<ColumnTable>().toExtend<FrameInput>();
  expectTypeOf(signatures).returns.toEqualTypeOf<ColumnTable>();
  expectTypeOf(topSignatures).returns.toEqualTypeOf<ColumnTable>();
  expectTypeOf(topFrames).returns.toEqualTypeOf<ColumnTable>();
  expectTypeOf(explainSignature).returns.toEqualTypeOf<string>();
  expectTypeOf(compareStrategies).returns.toEqualTypeOf<StrategyComparison>();
  expectTypeOf(signStack).returns.toEqualTypeOf<SignatureResult>();
  expectTypeOf<SignatureResult['strategy']>().toEqualTypeOf<SignatureStrategy>();
  expectTypeOf<SignatureStrategy>().toEqualTypeOf<'siggen' | 'sentry' | 'top-frame'>();
});

test('aggregates merge into the same type and finish into named tables', () => {
  expectTypeOf(aggregateFrames).returns.toEqualTypeOf<FrameAggregate>();
  expectTypeOf(mergeFrameAggregates).parameters.toEqualTypeOf<[FrameAggregate, FrameAggregate]>();
  expectTypeOf(mergeFrameAggregates).returns.toEqualTypeOf<FrameAggregate>();
  expectTypeOf(finishFrameAggregate).returns.toEqualTypeOf<FrameReport>();
  expectTypeOf<FrameReport['signatures']>().toEqualTypeOf<ColumnTable>();
});
