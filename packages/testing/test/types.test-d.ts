import { expectTypeOf } from 'vitest';
import type { PayloadKind } from '@sentry-offline/schema';
import { createMatchers, loadCases, type LoadedCase, type SentryMatchers } from '../src/index.js';

// the kind a user passes to the matcher is checked against the kind names
expectTypeOf<SentryMatchers<void>['toBeValidSentryPayload']>()
  .parameter(0)
  .toEqualTypeOf<PayloadKind | undefined>();
expectTypeOf(loadCases).returns.toEqualTypeOf<LoadedCase[]>();
expectTypeOf(createMatchers()).toHaveProperty('toMatchTidySnapshot');
