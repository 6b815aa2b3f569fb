import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/reference/sentry beside the repository, or SENTRY_OFFLINE_REFERENCE when set. */
export const referenceDir =
  process.env.SENTRY_OFFLINE_REFERENCE ??
  join(fileURLToPath(new URL('../../../../', import.meta.url)), '..', 'shared', 'reference', 'sentry');
