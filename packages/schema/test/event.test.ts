import { describe, expect, it } from 'vitest';
import { assertValid, checkEvent, isSentryOfflineError, validate, type Event } from '../src/index.js';

const ID = '0123456789abcdef0123456789abcdef';

/** Frame list shorthand: one frame per function name, camelCase as the API writes it. */
const frames = (...names: string[]) =>
  names.map((f, i) => ({ function: f, filename: `${f}.py`, lineNo: i + 1, inApp: i > 0 }));

/** An issue as a tuple, for exact and readable comparisons. */
const brief = (value: unknown, options: { strict?: boolean } = {}) =>
  validate(value, { kind: 'event', ...options }).issues.map((i) => [
    i.pointer,
    i.severity,
    i.keyword,
    i.message,
  ]);

/** A chained exception (KeyError, then ValueError on thread 1) and two threads, the first crashed. */
function chained(): Event {
  return {
    eventID: ID,
    platform: 'python',
    type: 'error',
    level: 'error',
    entries: [
      {
        type: 'exception',
        data: {
          values: [
            { type: 'KeyError', value: "'x'", threadId: 1, stacktrace: { frames: frames('lookup') } },
            {
              type: 'ValueError',
              value: 'bad',
              threadId: 1,
              stacktrace: { frames: frames('main', 'lookup') },
            },
          ],
        },
      },
      {
        type: 'threads',
        data: {
          values: [
            { id: 1, crashed: true, current: true, stacktrace: { frames: frames('main', 'lookup') } },
            { id: 2, crashed: false, name: 'io', stacktrace: null },
          ],
        },
      },
      { type: 'breadcrumbs', data: { values: [] } },
    ],
  };
}

describe('checkEvent', () => {
  it('counts exceptions, threads and frames of an API event', () => {
    // frames: 1 (KeyError) + 2 (ValueError) + 2 (crashed thread) + 0 (idle thread) = 5
    expect(checkEvent(chained())).toEqual({
      findings: [],
      facts: {
        shape: 'api',
        eventId: ID,
        platform: 'python',
        type: 'error',
        exceptions: 2,
        threads: 2,
        crashedThread: 1,
        frames: 5,
      },
    });
  });

  it('reads the deprecated standalone stacktrace entry', () => {
    const event = {
      eventID: ID,
      entries: [
        { type: 'message', data: { formatted: 'hello' } },
        { type: 'stacktrace', data: { frames: frames('a', 'b', 'c') } },
      ],
    };
    expect(checkEvent(event).facts).toMatchObject({ exceptions: 0, threads: 0, frames: 3, platform: null });
  });

  it('does not change its input', () => {
    const event = chained();
    const copy = structuredClone(event);
    validate(event, { kind: 'event' });
    expect(event).toEqual(copy);
  });
});

describe('validate (event)', () => {
  it('accepts nulls where Sentry writes them', () => {
    const event = {
      eventID: ID,
      groupID: 7,
      release: null,
      user: null,
      sdk: null,
      dateCreated: '2026-11-20T09:14:27.512000Z',
      entries: [
        {
          type: 'exception',
          data: {
            values: [
              { type: 'E', value: null, module: null, mechanism: null, stacktrace: null, threadId: null },
            ],
            excOmitted: null,
          },
        },
      ],
    };
    expect(brief(event)).toEqual([]);
  });

  it('rejects a frame list that is not a list', () => {
    const event = chained();
    const values = (event.entries[0].data as { values: Array<{ stacktrace: unknown }> }).values;
    values[1].stacktrace = { frames: { 0: { function: 'main' } } };
    expect(brief(event)).toEqual([
      [
        '/entries/0/data/values/1/stacktrace/frames',
        'error',
        'type',
        'expected array or null, found an object',
      ],
    ]);
  });

  it('rejects exception values that are not a list, and an entry without data', () => {
    const event = {
      eventID: ID,
      entries: [{ type: 'exception', data: { values: { type: 'E' } } }, { type: 'message' }],
    };
    expect(brief(event)).toEqual([
      ['/entries/0/data/values', 'error', 'type', 'expected array or null, found an object'],
      ['/entries/1', 'error', 'required', 'has no "data" (required)'],
    ]);
  });

  it('warns about a dashed event id, and rejects it under strict', () => {
    const event = { eventID: '01234567-89ab-cdef-0123-456789abcdef', entries: [] };
    const message =
      '"01234567-89ab-cdef-0123-456789abcdef" is not a Sentry event id: a UUID with dashes; Sentry writes event ids as 32 lower-case hex digits without dashes';
    expect(brief(event)).toEqual([['/eventID', 'warning', 'eventId', message]]);
    expect(brief(event, { strict: true })).toEqual([['/eventID', 'error', 'eventId', message]]);
    expect(validate(event, { kind: 'event', strict: true }).ok).toBe(false);
  });

  it('warns about an event id that is too short', () => {
    expect(brief({ eventID: 'abc123', entries: [] })).toEqual([
      [
        '/eventID',
        'warning',
        'eventId',
        '"abc123" is not a Sentry event id: expected 32 lower-case hex digits',
      ],
    ]);
  });

  it('names unknown entry types, event types and levels', () => {
    const event = {
      eventID: ID,
      type: 'ai_trace',
      level: 'critical',
      entries: [{ type: 'hologram', data: {} }],
    };
    expect(brief(event)).toEqual([
      [
        '/entries/0/type',
        'warning',
        'unknownValue',
        'unknown entry type "hologram": newer than this version of sentry-offline, or a typo',
      ],
      [
        '/level',
        'warning',
        'unknownValue',
        'unknown level "critical" (known: fatal, error, warning, info, debug, sample, log): newer than this version of sentry-offline, or a typo',
      ],
      [
        '/type',
        'warning',
        'unknownValue',
        'unknown event type "ai_trace" (known: error, default, transaction, csp, hpkp, expectct, expectstaple, nel, security, generic, feedback): newer than this version of sentry-offline, or a typo',
      ],
    ]);
  });

  it('reports a second crashed thread and an exception pointing to no thread', () => {
    const event = chained();
    const threads = (event.entries[1].data as { values: Array<Record<string, unknown>> }).values;
    threads[1].crashed = true;
    const exceptions = (event.entries[0].data as { values: Array<Record<string, unknown>> }).values;
    exceptions[0].threadId = 9;
    expect(brief(event)).toEqual([
      [
        '/entries/0/data/values/0/threadId',
        'warning',
        'threadShape',
        'points to thread 9, but the threads are 1, 2',
      ],
      [
        '/entries/1/data/values/1/crashed',
        'warning',
        'threadShape',
        'a second thread marked crashed (the first is /entries/1/data/values/0): at most one thread crashes',
      ],
    ]);
    expect(checkEvent(event).facts.crashedThread).toBe(1);
  });

  it('reports an exception with neither type nor value, and a frame with nothing to show', () => {
    const event = {
      eventID: ID,
      entries: [
        {
          type: 'exception',
          data: { values: [{ type: '', value: null, stacktrace: { frames: [{ lineNo: 3, inApp: true }] } }] },
        },
      ],
    };
    expect(brief(event)).toEqual([
      [
        '/entries/0/data/values/0',
        'warning',
        'exceptionShape',
        'an exception with neither "type" nor "value" in the chain: nothing to title or group it by',
      ],
      [
        '/entries/0/data/values/0/stacktrace/frames/0',
        'warning',
        'frameShape',
        'a frame with no function, file or instruction address (expected one of function, rawFunction, symbol, filename, absPath, module, instructionAddr): nothing to show or group it by',
      ],
    ]);
  });

  it('accepts a frame known only by its instruction address', () => {
    const event = {
      eventID: ID,
      entries: [{ type: 'stacktrace', data: { frames: [{ instructionAddr: '0x1029c5a24', inApp: false }] } }],
    };
    expect(brief(event)).toEqual([]);
  });

  it('warns once per frame list about snake_case keys in an API event', () => {
    const event = {
      eventID: ID,
      entries: [
        {
          type: 'stacktrace',
          data: {
            frames: [
              { function: 'a', lineNo: 1 },
              { function: 'b', lineno: 2, in_app: true },
              { function: 'c', lineno: 3 },
            ],
          },
        },
      ],
    };
    expect(brief(event)).toEqual([
      [
        '/entries/0/data/frames/1',
        'warning',
        'frameKeys',
        'frames use snake_case keys "lineno", "in_app" but the API event detail writes camelCase (lineNo, inApp, absPath): a hand-written or converted payload; these keys may be ignored',
      ],
    ]);
  });

  it.each(['lineno', 'colno', 'in_app', 'abs_path', 'instruction_addr', 'raw_function', 'context_line'])(
    'warns about the snake_case key %s on its own, even holding undefined',
    (key) => {
      const message = `frames use snake_case keys "${key}" but the API event detail writes camelCase (lineNo, inApp, absPath): a hand-written or converted payload; these keys may be ignored`;
      const list = (value: unknown) => ({
        eventID: ID,
        entries: [
          { type: 'stacktrace', data: { frames: [{ function: 'a' }, { function: 'b', [key]: value }] } },
        ],
      });
      const expected = [['/entries/0/data/frames/1', 'warning', 'frameKeys', message]];
      expect(brief(list(1))).toEqual(expected);
      expect(brief(list(undefined))).toEqual(expected);
      expect(brief(list(null))).toEqual(expected);
    },
  );

  it('names an unknown breadcrumb level', () => {
    const event = chained();
    event.entries[2] = { type: 'breadcrumbs', data: { values: [{ level: 'error' }, { level: 'verbose' }] } };
    expect(brief(event)).toEqual([
      [
        '/entries/2/data/values/1/level',
        'warning',
        'unknownValue',
        'unknown breadcrumb level "verbose" (known: fatal, error, warning, info, debug, sample, log): newer than this version of sentry-offline, or a typo',
      ],
    ]);
  });

  it('throws schema.invalidPayload from assertValid on an event without entries', () => {
    try {
      assertValid({ eventID: ID }, { kind: 'event' });
      expect.unreachable();
    } catch (e) {
      expect(isSentryOfflineError(e) && e.code).toBe('schema.invalidPayload');
    }
  });
});
