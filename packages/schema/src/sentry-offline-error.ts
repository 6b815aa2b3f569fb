/** Options of {@link SentryOfflineError}. */
export interface SentryOfflineErrorOptions {
  /** Structured data a caller can act on (default `{}`). */
  details?: Record<string, unknown>;
  /** The foreign error this one wraps. */
  cause?: unknown;
}

/**
 * The one error class of sentry-offline. `code` (`<package>.<camelCaseReason>`) is API; the message is not.
 * @example
 * throw new SentryOfflineError('schema.invalidPayload', 'june.json: not a stats-v2 payload', { details: { issues } });
 */
export class SentryOfflineError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, { details = {}, cause }: SentryOfflineErrorOptions = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'SentryOfflineError';
    this.code = code;
    this.details = details;
  }
}

/** True for errors thrown by sentry-offline (any package, any version). */
export function isSentryOfflineError(error: unknown): error is SentryOfflineError {
  return error instanceof SentryOfflineError;
}
