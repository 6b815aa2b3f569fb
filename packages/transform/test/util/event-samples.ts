/**
 * Small hand-written events, one per shape, for tables worked out by hand. Functions, so every test gets a fresh
 * copy.
 */

/** Raw event JSON: a chained exception, the crashed thread of the last exception, another thread, PII. */
export const rawEvent = () => ({
  event_id: 'aaaa',
  project: 42,
  platform: 'python',
  level: 'error',
  timestamp: 1700000000.5,
  received: '2023-11-14T22:13:21Z',
  release: 'app@1.0',
  environment: 'prod',
  sdk: { name: 'sentry.python', version: '1.40.0' },
  contexts: {
    trace: { trace_id: 't1' },
    os: { name: 'Linux', version: '6.1' },
    runtime: { name: 'CPython', version: '3.12.1' },
  },
  logentry: { formatted: 'boom' },
  tags: [
    ['server_name', 'web-1'],
    ['user', 'email:a@b.c'],
    ['level', 'error'],
  ],
  exception: {
    values: [
      {
        type: 'KeyError',
        value: "'id'",
        module: 'builtins',
        mechanism: { type: 'generic', handled: true },
        stacktrace: {
          frames: [
            {
              function: 'load',
              module: 'app.db',
              filename: 'app/db.py',
              abs_path: '/srv/app/db.py',
              lineno: 10,
              in_app: true,
              vars: { password: 'x' },
            },
            { function: 'get', filename: 'dict.py', lineno: 3, in_app: false },
          ],
        },
      },
      {
        type: 'ValueError',
        value: 'bad',
        thread_id: 7,
        mechanism: { type: 'excepthook', handled: false },
        stacktrace: {
          frames: [
            { function: 'main', filename: 'app/main.py', lineno: 20, colno: 4, in_app: true },
            null,
            { function: 'handle', filename: 'app/main.py', lineno: 25, in_app: true, platform: 'other' },
          ],
        },
      },
    ],
  },
  threads: {
    values: [
      {
        id: 7,
        crashed: true,
        current: true,
        stacktrace: { frames: [{ function: 'main' }, { function: 'handle' }] },
      },
      {
        id: 8,
        name: 'worker',
        stacktrace: {
          frames: [
            { function: 'run', filename: 'threading.py', lineno: 1 },
            { function: 'wait', raw_function: 'wait(self)', lineno: 2 },
          ],
        },
      },
    ],
  },
  breadcrumbs: {
    values: [
      {
        timestamp: 1700000000,
        type: 'http',
        category: 'httplib',
        level: 'info',
        message: null,
        data: { url: 'x' },
      },
      { timestamp: '2023-11-14T22:13:20.250', category: 'log', message: 'hello' },
    ],
  },
  user: { email: 'a@b.c', ip_address: '1.2.3.4', id: 'u1', username: 'ann' },
  request: { url: 'http://x/', data: { card: '1234' }, cookies: 'session=abc' },
});

/** API event detail: `entries[]`, camelCase frames, a raw stack trace, fields only in tags. */
export const apiEvent = () => ({
  eventID: 'bbbb',
  groupID: '99',
  projectID: '5',
  platform: 'javascript',
  type: 'error',
  title: 'TypeError: x is undefined',
  message: '',
  culprit: 'app/render',
  dateCreated: '2024-01-02T03:04:05.678901Z',
  dateReceived: '2024-01-02T03:04:06Z',
  release: { version: 'web@2.0', dateCreated: '2024-01-01T00:00:00Z' },
  dist: null,
  sdk: { name: 'sentry.javascript.browser', version: '7.0.0' },
  contexts: { browser: { name: 'Firefox', version: '120.0' }, device: { family: 'Mac' } },
  tags: [
    { key: 'environment', value: 'staging' },
    { key: 'level', value: 'warning' },
    { key: 'transaction', value: '/home' },
    { key: 'sentry:user', value: 'ip:10.0.0.1' },
  ],
  user: { ip_address: '10.0.0.1' },
  entries: [
    {
      type: 'exception',
      data: {
        values: [
          {
            type: 'TypeError',
            value: 'x is undefined',
            module: null,
            mechanism: { type: 'onerror', handled: false },
            threadId: null,
            stacktrace: {
              frames: [
                {
                  function: 'render',
                  rawFunction: 'Object.render',
                  module: 'app/render',
                  filename: 'app.js',
                  absPath: 'https://x/app.js',
                  lineNo: 10,
                  colNo: 5,
                  inApp: true,
                  instructionAddr: null,
                  symbol: null,
                  vars: null,
                },
              ],
            },
            rawStacktrace: {
              frames: [
                { function: 'a', filename: 'app.min.js', lineNo: 1, colNo: 999, inApp: false },
                { function: 'b', filename: 'app.min.js', lineNo: 1, colNo: 5 },
              ],
            },
          },
        ],
      },
    },
    {
      type: 'breadcrumbs',
      data: {
        values: [
          {
            timestamp: '2024-01-02T03:04:05Z',
            type: 'navigation',
            category: 'navigation',
            level: 'info',
            message: null,
          },
        ],
      },
    },
    { type: 'message', data: { formatted: 'render failed' } },
    { type: 'request', data: { url: 'https://x/', cookies: [['a', 'b']], data: null } },
  ],
});

/** An old raw payload: `sentry.interfaces.*` keys, a standalone stack trace, tags as an object, mixed spellings. */
export const legacyEvent = () => ({
  id: 'cccc',
  platform: 'python',
  'sentry.interfaces.Stacktrace': {
    frames: [
      { function: 'outer', filename: 'a.py', lineno: 1 },
      { function: 'inner', filename: 'a.py', lineNo: 2, inApp: true },
    ],
  },
  'sentry.interfaces.Message': { message: 'legacy %s', params: ['x'] },
  tags: { level: 'info', url: 'http://x/' },
  'sentry.interfaces.Breadcrumbs': [{ timestamp: 1, message: 'm' }],
});

/** API native crash: the exception has no frames, the crashed thread it names has them. */
export const nativeEvent = () => ({
  eventID: 'dddd',
  platform: 'native',
  entries: [
    {
      type: 'exception',
      data: {
        values: [
          { type: 'SIGSEGV', value: null, threadId: 1, mechanism: { type: 'signalhandler', handled: false } },
        ],
      },
    },
    {
      type: 'threads',
      data: {
        values: [
          {
            id: 0,
            current: true,
            crashed: false,
            stacktrace: { frames: [{ function: 'idle', instructionAddr: '0x10' }] },
          },
          {
            id: 1,
            crashed: true,
            stacktrace: {
              frames: [
                { function: 'start', instructionAddr: '0x20', package: '/usr/lib/libc.so' },
                { function: 'crash', instructionAddr: '0x30', symbol: '_Z5crashv', package: '/app/bin' },
              ],
            },
          },
        ],
      },
    },
  ],
});
