import { describe, expect, it } from 'vitest';
import { SentryOfflineError } from '@sentry-offline/schema';
import { explainSignature } from '../../src/index.js';
import { frameTables } from '../util/frame-tables.js';

const tables = frameTables([
  {
    event_id: 'e1',
    platform: 'native',
    type: 'SIGABRT',
    frames: [
      { function: 'main', filename: 'main.c', lineno: 3 },
      { function: 'check(int)', filename: 'check.c', lineno: 9 },
      { function: 'abort', package: '/usr/lib/libc.so.6' },
    ],
  },
]);

describe('explainSignature', () => {
  it('prints the stack with in-app decisions, then each strategy with a reason per frame', () => {
    expect(explainSignature(tables, { strategies: ['siggen', 'top-frame'] })).toBe(
      [
        'event e1: SIGABRT, 3 frames from exception 0',
        '  #0   abort     system  in-app by defaults:stdlib:44 family:native package:*.so.6 -app',
        '  #1   check     app     in-app by default',
        '  #2   main      app     in-app by default',
        '',
        'siggen (frames-1): check',
        '  #0   abort     skipped  irrelevant (abort and raise)',
        '  #1   check     used     signature frame',
        '  #2   main      skipped  after the signature frame',
        '',
        'top-frame (top-frame): SIGABRT @ check.c:9',
        '  #0   abort     skipped  not in-app (defaults:stdlib:44 family:native package:*.so.6 -app)',
        '  #1   check     used     first in-app frame from the crash site',
        '  #2   main      skipped  after the signature frame',
        '',
      ].join('\n'),
    );
  });

  it('explains the event asked for, and throws report.unknownEvent for one not there', () => {
    expect(explainSignature(tables, { eventId: 'e1', strategies: ['sentry'] })).toContain(
      'sentry (app-depth-2): SIGABRT | check | main',
    );
    let error: unknown;
    try {
      explainSignature(tables, { eventId: 'nope' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SentryOfflineError);
    expect((error as SentryOfflineError).code).toBe('report.unknownEvent');
  });
});
