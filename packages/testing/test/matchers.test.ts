import * as aq from 'arquero';
import { describe, expect, it, Snapshots } from 'vitest';
import { isSentryOfflineError } from '@sentry-offline/schema';
import {
  createMatchers,
  tidySnapshotMatcher,
  tidySnapshotText,
  toBeValidSentryPayload,
  type SentryMatchers,
} from '../src/index.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends SentryMatchers<T> {}
}

expect.extend(createMatchers({ snapshots: Snapshots }));

const VALID = JSON.stringify({
  start: '2026-11-20T00:00:00Z',
  end: '2026-11-21T00:00:00Z',
  intervals: ['2026-11-20T00:00:00Z'],
  groups: [{ by: { outcome: 'accepted' }, totals: { 'sum(quantity)': 3 }, series: { 'sum(quantity)': [3] } }],
});
// line 3: groups is not a list (issues point at the key: line 3, column 3)
const INVALID =
  '{\n  "start": "2026-11-20T00:00:00Z", "end": "2026-11-21T00:00:00Z", "intervals": [],\n  "groups": 3\n}';

describe('toBeValidSentryPayload', () => {
  it('passes for a valid payload given as a case, a text or a value, of the right kind', () => {
    expect({ name: 'june.json', text: VALID }).toBeValidSentryPayload('stats-v2');
    expect(VALID).toBeValidSentryPayload();
    expect(JSON.parse(VALID)).toBeValidSentryPayload('stats-v2');
    expect(VALID).not.toBeValidSentryPayload('stats-summary');
  });

  it('lists every issue with its pointer and line:column when it fails', () => {
    const result = toBeValidSentryPayload.call(
      { isNot: false },
      { name: 'june.json', text: INVALID },
      'stats-v2',
    );
    expect(result.pass).toBe(false);
    expect(result.message()).toBe(
      'expected june.json to be a valid stats-v2 payload, but it has 1 error:\n' +
        '  june.json:3:3 /groups error: expected array, found number 3',
    );
    expect(() => expect({ name: 'june.json', text: INVALID }).toBeValidSentryPayload()).toThrow(
      'june.json:3:3 /groups error',
    );
  });

  it('says which kind a payload is when negated', () => {
    const result = toBeValidSentryPayload.call({ isNot: true }, VALID);
    expect(result.pass).toBe(true);
    expect(result.message()).toBe(
      'expected <text> not to be a valid Sentry payload, but it is a valid stats-v2 payload',
    );
  });
});

describe('toMatchTidySnapshot', () => {
  const table = aq.table({
    day: [new Date('2026-11-21T00:00:00Z'), new Date('2026-11-20T00:00:00Z')],
    category: ['error', 'span'],
    quantity: [0.1 + 0.2, 7],
  });

  it('writes tables in one canonical form: rows sorted, ISO UTC dates, one number format, a row per line', () => {
    expect(tidySnapshotText(table)).toBe(
      '{\n' +
        '  "columns": ["day","category","quantity"],\n' +
        '  "rows": [\n' +
        '    ["2026-11-20T00:00:00.000Z","span",7],\n' +
        '    ["2026-11-21T00:00:00.000Z","error",0.3]\n' +
        '  ]\n' +
        '}\n',
    );
    expect(tidySnapshotText({ a: table, note: 'x' })).toBe(`## a\n${tidySnapshotText(table)}`);
  });

  it('hands the canonical text to the framework snapshot matcher', () => {
    const calls: unknown[][] = [];
    const matcher = tidySnapshotMatcher({
      toMatchSnapshot: (received, hint) => {
        calls.push([received, hint]);
        return { pass: true, message: () => '' };
      },
    });
    matcher.call({}, table, { hint: 'june' });
    expect(calls).toEqual([[tidySnapshotText(table), 'june']]);
  });

  it('matches a stored snapshot and a snapshot file', async () => {
    expect(table).toMatchTidySnapshot();
    await expect(table).toMatchTidySnapshot({ file: '__snapshots__/table.json' });
  });

  it('refuses what is not a table, and works only with snapshot matchers given', () => {
    for (const act of [
      () => tidySnapshotText([1, 2]),
      () => createMatchers().toMatchTidySnapshot.call({}, []),
    ]) {
      try {
        act();
        expect.unreachable();
      } catch (error) {
        expect(isSentryOfflineError(error) && error.code).toMatch(/^testing\.(notATable|noSnapshots)$/);
      }
    }
  });
});
