/**
 * The outcome reason as Sentry's usage stats report it: `smart_rate_limit` (the reason Relay stores for spike
 * protection) becomes `spike_protection`; every other reason is returned unchanged.
 * @param reason a raw outcome reason
 * @example
 * normaliseReason('smart_rate_limit'); // 'spike_protection'
 */
export function normaliseReason(reason: string): string {
  return reason === 'smart_rate_limit' ? 'spike_protection' : reason;
}
