import { describe, expect, it } from 'vitest';
import { tidyEvents } from '../src/index.js';
import { deepFreeze } from './util/deep-freeze.js';
import { apiEvent, legacyEvent, nativeEvent, rawEvent } from './util/event-samples.js';
import { expectTable } from './util/expect-table.js';

const d = (iso: string) => new Date(iso);
const n = (count: number) => Array<null>(count).fill(null);

describe('tidyEvents', () => {
  it('reads a raw event: chained exception, crashed thread counted once, other threads, tags, breadcrumbs', () => {
    const t = tidyEvents([deepFreeze(rawEvent())]);
    expectTable(t.events, {
      event_id: ['aaaa'],
      group_id: [null],
      project: ['42'],
      platform: ['python'],
      type: [null],
      title: [null],
      message: ['boom'],
      culprit: [null],
      level: ['error'],
      environment: ['prod'],
      release: ['app@1.0'],
      dist: [null],
      date_created: [d('2023-11-14T22:13:20.500Z')],
      date_received: [d('2023-11-14T22:13:21Z')],
      sdk_name: ['sentry.python'],
      sdk_version: ['1.40.0'],
      transaction: [null],
      trace_id: ['t1'],
      os: ['Linux 6.1'],
      browser: [null],
      runtime: ['CPython 3.12.1'],
      device: [null],
    });
    expectTable(t.exceptions, {
      event_id: ['aaaa', 'aaaa'],
      position: [0, 1],
      type: ['KeyError', 'ValueError'],
      value: ["'id'", 'bad'],
      module: ['builtins', null],
      mechanism_type: ['generic', 'excepthook'],
      handled: [true, false],
      thread_id: [null, '7'],
    });
    // thread 7 is the last exception's own stack (thread_id 7): left out. The null frame is no row.
    // depth runs back from the last frame of the last exception through the chain; thread 8 is off the crash path.
    expectTable(t.frames, {
      event_id: Array(6).fill('aaaa'),
      source: ['exception', 'exception', 'exception', 'exception', 'thread', 'thread'],
      position: [0, 0, 1, 1, 1, 1],
      frame_index: [0, 1, 0, 2, 0, 1],
      depth: [3, 2, 1, 0, null, null],
      function: ['load', 'get', 'main', 'handle', 'run', 'wait'],
      raw_function: [null, null, null, null, null, 'wait(self)'],
      module: ['app.db', null, null, null, null, null],
      package: n(6),
      filename: ['app/db.py', 'dict.py', 'app/main.py', 'app/main.py', 'threading.py', null],
      abs_path: ['/srv/app/db.py', null, null, null, null, null],
      lineno: [10, 3, 20, 25, 1, 2],
      colno: [null, null, 4, null, null, null],
      in_app: [true, false, true, true, null, null],
      platform: ['python', 'python', 'python', 'other', 'python', 'python'],
      instruction_addr: n(6),
      symbol: n(6),
    });
    // the `user` tag (an e-mail) is personal data: left out by default
    expectTable(t.tags, {
      event_id: ['aaaa', 'aaaa'],
      key: ['server_name', 'level'],
      value: ['web-1', 'error'],
    });
    expectTable(t.breadcrumbs, {
      event_id: ['aaaa', 'aaaa'],
      timestamp: [d('2023-11-14T22:13:20Z'), d('2023-11-14T22:13:20.250Z')],
      type: ['http', null],
      category: ['httplib', 'log'],
      level: ['info', null],
      message: [null, 'hello'],
    });
  });

  it('reads an API event detail: entries, camelCase frames, release object, fields from tags', () => {
    const t = tidyEvents([deepFreeze(apiEvent())]);
    expectTable(t.events.select('event_id', 'group_id', 'project', 'message', 'level', 'environment'), {
      event_id: ['bbbb'],
      group_id: ['99'],
      project: ['5'],
      message: ['render failed'],
      level: ['warning'],
      environment: ['staging'],
    });
    expectTable(t.events.select('release', 'dist', 'date_created', 'date_received', 'transaction'), {
      release: ['web@2.0'],
      dist: [null],
      date_created: [d('2024-01-02T03:04:05.678Z')],
      date_received: [d('2024-01-02T03:04:06Z')],
      transaction: ['/home'],
    });
    expectTable(t.events.select('title', 'culprit', 'sdk_name', 'browser', 'device', 'os', 'trace_id'), {
      title: ['TypeError: x is undefined'],
      culprit: ['app/render'],
      sdk_name: ['sentry.javascript.browser'],
      browser: ['Firefox 120.0'],
      device: ['Mac'],
      os: [null],
      trace_id: [null],
    });
    expectTable(t.exceptions, {
      event_id: ['bbbb'],
      position: [0],
      type: ['TypeError'],
      value: ['x is undefined'],
      module: [null],
      mechanism_type: ['onerror'],
      handled: [false],
      thread_id: [null],
    });
    // the processed stack, not rawStacktrace
    expectTable(t.frames, {
      event_id: ['bbbb'],
      source: ['exception'],
      position: [0],
      frame_index: [0],
      depth: [0],
      function: ['render'],
      raw_function: ['Object.render'],
      module: ['app/render'],
      package: [null],
      filename: ['app.js'],
      abs_path: ['https://x/app.js'],
      lineno: [10],
      colno: [5],
      in_app: [true],
      platform: ['javascript'],
      instruction_addr: [null],
      symbol: [null],
    });
    expectTable(t.tags, {
      event_id: ['bbbb', 'bbbb', 'bbbb'],
      key: ['environment', 'level', 'transaction'],
      value: ['staging', 'warning', '/home'],
    });
    expectTable(t.breadcrumbs, {
      event_id: ['bbbb'],
      timestamp: [d('2024-01-02T03:04:05Z')],
      type: ['navigation'],
      category: ['navigation'],
      level: ['info'],
      message: [null],
    });
  });

  it('reads old payloads: sentry.interfaces.* keys, a standalone stacktrace, tags as an object', () => {
    const t = tidyEvents(deepFreeze(legacyEvent()));
    expectTable(t.events.select('event_id', 'platform', 'message', 'level'), {
      event_id: ['cccc'],
      platform: ['python'],
      message: ['legacy %s'],
      level: ['info'],
    });
    expect(t.exceptions.numRows()).toBe(0);
    expectTable(
      t.frames.select('source', 'position', 'frame_index', 'depth', 'function', 'lineno', 'in_app'),
      {
        source: ['stacktrace', 'stacktrace'],
        position: [0, 0],
        frame_index: [0, 1],
        depth: [1, 0],
        function: ['outer', 'inner'],
        lineno: [1, 2],
        in_app: [null, true],
      },
    );
    expectTable(t.tags, { event_id: ['cccc', 'cccc'], key: ['level', 'url'], value: ['info', 'http://x/'] });
    expectTable(t.breadcrumbs.select('timestamp', 'message'), {
      timestamp: [d('1970-01-01T00:00:01Z')],
      message: ['m'],
    });
  });

  it('prefers the formatted message to the template, as old SDKs sent both', () => {
    const template = { message: 'paid %s', params: ['12 EUR'] };
    const t = tidyEvents([
      { message: 'paid 12 EUR', 'sentry.interfaces.Message': template },
      { message: 'paid', logentry: { ...template, formatted: 'paid 12 EUR' } },
      { message: '', logentry: template },
      { message: { message: 'paid %s', formatted: 'paid 12 EUR' } },
    ]);
    expect(t.events.array('message')).toEqual(['paid 12 EUR', 'paid 12 EUR', 'paid %s', 'paid 12 EUR']);
  });

  it('puts depth 0 on the crashed thread when the exception has no frames, and keeps that thread', () => {
    const t = tidyEvents([deepFreeze(nativeEvent())]);
    expectTable(t.exceptions.select('type', 'value', 'mechanism_type', 'handled', 'thread_id'), {
      type: ['SIGSEGV'],
      value: [null],
      mechanism_type: ['signalhandler'],
      handled: [false],
      thread_id: ['1'],
    });
    expectTable(
      t.frames.select(
        'source',
        'position',
        'frame_index',
        'depth',
        'function',
        'package',
        'instruction_addr',
      ),
      {
        source: ['thread', 'thread', 'thread'],
        position: [0, 1, 1],
        frame_index: [0, 0, 1],
        depth: [null, 1, 0],
        function: ['idle', 'start', 'crash'],
        package: [null, '/usr/lib/libc.so', '/app/bin'],
        instruction_addr: ['0x10', '0x20', '0x30'],
      },
    );
    expectTable(t.frames.select('symbol', 'platform'), {
      symbol: [null, null, '_Z5crashv'],
      platform: ['native', 'native', 'native'],
    });
  });

  it('stacks the rows of several events and gives nulls for an empty event', () => {
    const t = tidyEvents([rawEvent(), {}, apiEvent(), legacyEvent(), nativeEvent()]);
    expect(t.events.array('event_id')).toEqual(['aaaa', null, 'bbbb', 'cccc', 'dddd']);
    expect(t.frames.numRows()).toBe(6 + 1 + 2 + 3);
    expect(t.exceptions.numRows()).toBe(2 + 1 + 1);
    expect(t.tags.numRows()).toBe(2 + 3 + 2);
    expect(t.breadcrumbs.numRows()).toBe(2 + 1 + 1);
    const empty = t.events.objects()[1];
    expect(Object.values(empty).every((v) => v === null)).toBe(true);
  });

  it('leaves its inputs unchanged', () => {
    const events = [rawEvent(), apiEvent(), legacyEvent(), nativeEvent()];
    tidyEvents(events, { personalData: true, rawStacktraces: true });
    expect(events).toEqual([rawEvent(), apiEvent(), legacyEvent(), nativeEvent()]);
  });
});
