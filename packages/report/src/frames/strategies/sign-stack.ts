import type { EventStack } from '../event-stack.js';
import { signSentry } from './sentry-signature.js';
import { signSiggen } from './siggen-signature.js';
import type { SignatureResult, SignatureStrategy, StrategyOptions } from './signature-result.js';
import { signTopFrame } from './top-frame-signature.js';

/**
 * One event's signature under one strategy, with a note per frame.
 * @param stack one event's crash stack (see {@link readStacks})
 * @param strategy `'siggen'`, `'sentry'` or `'top-frame'`
 * @param options depth (default `5`), maxLength (default `255`), notes (default `true`)
 * @example
 * signStack(readStacks(frames)[0], 'sentry').signature;
 */
export function signStack(
  stack: EventStack,
  strategy: SignatureStrategy,
  options: StrategyOptions = {},
): SignatureResult {
  switch (strategy) {
    case 'siggen':
      return signSiggen(stack, options);
    case 'sentry':
      return signSentry(stack, options);
    default:
      return signTopFrame(stack, options);
  }
}
