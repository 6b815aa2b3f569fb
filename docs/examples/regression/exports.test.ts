// Regression tests on stored payloads: every monthly export in exports/ is valid, tidies to its reviewed table,
// and keeps the fields our scripts read. Run with `npx vitest run`; update the tables with `npx vitest run -u`.
import { describe, expect, it, Snapshots } from 'vitest';
import { diffShapes, inferShape, type StatsV2 } from '@sentry-offline/schema';
import { tidyStatsV2 } from '@sentry-offline/transform';
import { createMatchers, loadCases, type SentryMatchers } from '@sentry-offline/testing';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends SentryMatchers<T> {}
}

expect.extend(createMatchers({ snapshots: Snapshots }));

const cases = loadCases('exports/*.json', { cwd: new URL('.', import.meta.url) });
const first = inferShape([cases[0].value]);

describe.each(cases)('$name', (c) => {
  it('is a valid stats-v2 payload', () => {
    expect(c).toBeValidSentryPayload('stats-v2', { strict: true });
  });

  it('tidies to the reviewed table', async () => {
    await expect(tidyStatsV2(c.value as StatsV2)).toMatchTidySnapshot({
      file: `__snapshots__/${c.stem}.json`,
    });
  });

  it('still has every field the first export had', () => {
    expect(diffShapes(first, inferShape([c.value])).removed).toEqual([]);
  });
});
