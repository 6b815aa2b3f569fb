import { createHmac, randomBytes } from 'node:crypto';

/** The environment variable holding the key of `--redact`, for hashes that stay the same across runs. */
export const REDACT_KEY_VARIABLE = 'SENTRY_OFFLINE_REDACT_KEY';

/**
 * Makes the `--redact` function: HMAC-SHA-256 of each value under a key, cut to 16 hex digits and marked
 * `hmac:`. The same value gives the same hash within a run (and across runs with the same key), so tables still
 * join and count per user; without the key the hash cannot be reversed by trying likely e-mails or IPs.
 * @param key the secret (default: a random key for this run only)
 * @example
 * const redact = createRedactor(env.SENTRY_OFFLINE_REDACT_KEY);
 * redact('jane@example.com'); // 'hmac:…'
 */
export function createRedactor(key?: string): (value: string) => string {
  const secret = key !== undefined && key !== '' ? key : randomBytes(32).toString('hex');
  return (value) => `hmac:${createHmac('sha256', secret).update(value, 'utf8').digest('hex').slice(0, 16)}`;
}
