import { describe, expect, it } from 'vitest';
import { checkRawEvent, detectKind, validate } from '../src/index.js';

const ID = 'fedcba9876543210fedcba9876543210';

const frames = (...names: string[]) =>
  names.map((f, i) => ({ function: f, filename: `${f}.rs`, lineno: i + 1, in_app: i > 0 }));

const brief = (value: unknown, options: { strict?: boolean } = {}) =>
  validate(value, { kind: 'raw-event', ...options }).issues.map((i) => [
    i.pointer,
    i.severity,
    i.keyword,
    i.message,
  ]);

describe('checkRawEvent', () => {
  it('reads exception.values, threads.values and the crashed thread', () => {
    const event = {
      event_id: ID,
      platform: 'native',
      exception: {
        values: [{ type: 'SIGSEGV', value: 'Segfault', thread_id: 5, stacktrace: null }],
      },
      threads: {
        values: [
          { id: 4, crashed: false, stacktrace: { frames: frames('idle') } },
          { id: 5, crashed: true, stacktrace: { frames: frames('main', 'run', 'crash') } },
        ],
      },
    };
    // frames: 0 (exception without stack) + 1 + 3 = 4
    expect(checkRawEvent(event)).toEqual({
      findings: [],
      facts: {
        shape: 'raw',
        eventId: ID,
        platform: 'native',
        type: null,
        exceptions: 1,
        threads: 2,
        crashedThread: 5,
        frames: 4,
      },
    });
  });

  it('reads an exception chain saved as a bare list', () => {
    const event = { exception: [{ type: 'A', stacktrace: { frames: frames('x', 'y') } }, { type: 'B' }] };
    expect(brief(event)).toEqual([]);
    expect(checkRawEvent(event).facts).toMatchObject({ exceptions: 2, frames: 2, eventId: null });
  });

  it('reads the sentry.interfaces.* keys of old payloads, the modern key first', () => {
    const legacy = {
      'sentry.interfaces.Exception': { values: [{ type: 'A' }, { type: 'B' }, { type: 'C' }] },
      'sentry.interfaces.Stacktrace': { frames: frames('a', 'b') },
    };
    expect(checkRawEvent(legacy).facts).toMatchObject({ exceptions: 3, frames: 2 });
    const both = { ...legacy, exception: { values: [{ type: 'A' }] } };
    expect(checkRawEvent(both).facts).toMatchObject({ exceptions: 1, frames: 2 });
  });

  it('does not change its input', () => {
    const event = {
      event_id: ID,
      exception: { values: [{ type: 'E', stacktrace: { frames: frames('f') } }] },
    };
    const copy = structuredClone(event);
    validate(event, { kind: 'raw-event', strict: true });
    expect(event).toEqual(copy);
  });
});

describe('validate (raw-event)', () => {
  it('accepts tags as pairs or as an object, and timestamps as numbers or strings', () => {
    expect(
      brief({
        event_id: ID,
        tags: [
          ['a', '1'],
          ['b', null],
        ],
        timestamp: 1763744530.5,
      }),
    ).toEqual([]);
    expect(brief({ event_id: ID, tags: { a: '1' }, timestamp: '2026-11-21T14:22:09Z' })).toEqual([]);
  });

  it('rejects a tag pair of three and a boolean timestamp', () => {
    expect(brief({ event_id: ID, tags: [['a', 'b', 'c']] })).toEqual([
      ['/tags/0', 'error', 'maxItems', 'a list of 3 should have at most 2 items'],
    ]);
    expect(brief({ event_id: ID, timestamp: true })).toEqual([
      ['/timestamp', 'error', 'type', 'expected number or string or null, found boolean true'],
    ]);
  });

  it('rejects interfaces holding values of the wrong type (why samples/invalid-interfaces.json is invalid)', () => {
    const event = {
      breadcrumbs: { values: [{ message: 'invalid data', data: 'must be a mapping' }] },
      logentry: { formatted: 42 },
      sdk: { name: 'sentry.python', version: '0.1', integrations: 'no list' },
    };
    expect(brief(event)).toEqual([
      [
        '/breadcrumbs/values/0/data',
        'error',
        'type',
        'expected object or null, found string "must be a mapping"',
      ],
      ['/logentry/formatted', 'error', 'type', 'expected string or null, found number 42'],
      ['/sdk/integrations', 'error', 'type', 'expected array or null, found string "no list"'],
    ]);
  });

  it('rejects exception values and frames that are not lists', () => {
    const event = {
      exception: { values: { type: 'E' } },
      threads: { values: [{ id: 1, stacktrace: { frames: 'main' } }] },
    };
    expect(brief(event)).toEqual([
      ['/exception/values', 'error', 'type', 'expected array or null, found an object'],
      ['/threads/values/0/stacktrace/frames', 'error', 'type', 'expected array or null, found string "main"'],
    ]);
  });

  it('warns about a null exception and a thread id when the event has no threads', () => {
    const event = { event_id: ID, exception: { values: [null, { type: 'E', thread_id: 3 }] } };
    expect(brief(event)).toEqual([
      [
        '/exception/values/0',
        'warning',
        'exceptionShape',
        'a null exception in the chain: nothing to title or group it by',
      ],
      [
        '/exception/values/1/thread_id',
        'warning',
        'threadShape',
        'points to thread 3, but the event has no threads',
      ],
    ]);
  });

  it('matches string and numeric thread ids by their text', () => {
    const event = {
      exception: { values: [{ type: 'E', thread_id: '7' }] },
      threads: { values: [{ id: 7 }] },
    };
    expect(brief(event)).toEqual([]);
  });

  it('reports duplicate thread ids and upper-case event ids, as errors under strict', () => {
    const event = {
      event_id: ID.toUpperCase(),
      threads: {
        values: [
          { id: 1, name: 'main' },
          { id: 1, name: 'worker' },
        ],
      },
    };
    expect(brief(event, { strict: true })).toEqual([
      [
        '/event_id',
        'error',
        'eventId',
        '"FEDCBA9876543210FEDCBA9876543210" is not a Sentry event id: upper-case hex; Sentry writes event ids in lower case',
      ],
      [
        '/threads/values/1/id',
        'error',
        'threadShape',
        'thread id 1 is also the id of /threads/values/0: thread ids must be unique',
      ],
    ]);
  });

  it('warns about camelCase frame keys and frames with nothing to show', () => {
    const event = {
      stacktrace: {
        frames: [
          { package: '/usr/lib/libc.so.6', in_app: false },
          { function: 'f', lineNo: 4, inApp: true },
        ],
      },
    };
    expect(brief(event)).toEqual([
      [
        '/stacktrace/frames/0',
        'warning',
        'frameShape',
        'a frame with no function, file or instruction address (expected one of function, raw_function, symbol, filename, abs_path, module, instruction_addr): nothing to show or group it by',
      ],
      [
        '/stacktrace/frames/1',
        'warning',
        'frameKeys',
        'frames use camelCase keys "lineNo", "inApp" but raw event JSON writes snake_case (lineno, in_app, abs_path): a hand-written or converted payload; these keys may be ignored',
      ],
    ]);
  });

  it.each(['lineNo', 'colNo', 'inApp', 'absPath', 'instructionAddr', 'rawFunction'])(
    'warns about the camelCase key %s on its own, even holding undefined',
    (key) => {
      const message = `frames use camelCase keys "${key}" but raw event JSON writes snake_case (lineno, in_app, abs_path): a hand-written or converted payload; these keys may be ignored`;
      const event = (value: unknown) => ({ stacktrace: { frames: [{ function: 'f', [key]: value }] } });
      const expected = [['/stacktrace/frames/0', 'warning', 'frameKeys', message]];
      expect(brief(event(1))).toEqual(expected);
      expect(brief(event(undefined))).toEqual(expected);
    },
  );
});

describe('validate (raw-event breadcrumbs)', () => {
  it('names an unknown breadcrumb level, in a bare list or in the legacy key', () => {
    const message =
      'unknown breadcrumb level "invalid" (known: fatal, error, warning, info, debug, sample, log): newer than this version of sentry-offline, or a typo';
    const crumbs = [
      { message: 'ok', level: 'info' },
      { message: 'invalid level', level: 'invalid', type: 'debug' },
    ];
    expect(brief({ breadcrumbs: crumbs })).toEqual([
      ['/breadcrumbs/1/level', 'warning', 'unknownValue', message],
    ]);
    expect(brief({ 'sentry.interfaces.Breadcrumbs': { values: crumbs } })).toEqual([
      ['/sentry.interfaces.Breadcrumbs/values/1/level', 'warning', 'unknownValue', message],
    ]);
  });
});

describe('detectKind (raw events)', () => {
  it('tells an issue-platform occurrence apart from a raw event', () => {
    const occurrence = {
      id: '0c6d75ac-3969-41e0-bc4b-33c2ff7f3657',
      payload_type: 'occurrence',
      issue_title: 'File I/O function called on main thread',
      evidence_display: [],
      event: { event_id: ID, stacktrace: { frames: [] } },
    };
    const detected = detectKind(occurrence);
    expect(detected.kind).toBeNull();
    expect(detected.reason).toMatch(/^an issue-platform occurrence/);
    expect(detectKind(occurrence.event)).toMatchObject({ kind: 'raw-event' });
  });
});
