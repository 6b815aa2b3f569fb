import { SentryOfflineError } from '@sentry-offline/schema';
import { asRecord } from './as-record.js';

/** The items of a list payload as records; throws `transform.invalidPayload` when it is not an array of objects. */
export function readList(payload: unknown, file: string, what: string): Record<string, unknown>[] {
  if (!Array.isArray(payload)) {
    throw new SentryOfflineError('transform.invalidPayload', `${file}: expected a list of ${what}`, {
      details: { file, pointer: '' },
    });
  }
  return payload.map((item, i) => {
    const record = asRecord(item);
    if (record !== item) {
      throw new SentryOfflineError(
        'transform.invalidPayload',
        `${file}: /${i} is ${JSON.stringify(item)}, expected one of the ${what} (an object)`,
        { details: { file, pointer: `/${i}` } },
      );
    }
    return record;
  });
}
