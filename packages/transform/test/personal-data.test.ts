import { describe, expect, it } from 'vitest';
import type { ColumnTable } from 'arquero';
import { isSentryOfflineError } from '@sentry-offline/schema';
import { tidyEvents, tidyEventsList } from '../src/index.js';

// every value below is personal data; none may reach a table unless personalData is true
const SECRETS = [
  'jane@example.com',
  '203.0.113.7',
  'jane.doe',
  'Jane Doe',
  'sessionid=abc123',
  'card=4111111111111111',
  'hunter2',
];

const rawEvent = {
  event_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  platform: 'python',
  timestamp: '2026-11-01T01:12:40Z',
  user: {
    id: 'u-58213',
    email: 'jane@example.com',
    ip_address: '203.0.113.7',
    username: 'jane.doe',
    name: 'Jane Doe',
  },
  request: {
    url: 'https://shop.example/checkout',
    method: 'POST',
    cookies: 'sessionid=abc123',
    data: { card: 'card=4111111111111111' },
  },
  tags: [
    ['environment', 'production'],
    ['sentry:user', 'email:jane@example.com'],
    ['user', 'ip:203.0.113.7'],
  ],
  exception: {
    values: [
      {
        type: 'ValueError',
        value: 'unknown currency',
        stacktrace: {
          frames: [
            {
              function: 'login',
              module: 'shop.auth',
              lineno: 12,
              in_app: true,
              vars: { password: 'hunter2' },
            },
          ],
        },
      },
    ],
  },
};

const listEvent = {
  eventID: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  title: 'ValueError: unknown currency',
  user: {
    id: 'u-58213',
    email: 'jane@example.com',
    ip_address: '203.0.113.7',
    username: 'jane.doe',
    name: 'Jane Doe',
  },
  tags: [
    { key: 'environment', value: 'production' },
    { key: 'user', value: 'email:jane@example.com' },
  ],
};

/** Every cell of every table as text, with the column names. */
function allText(tables: Record<string, ColumnTable>): string {
  return Object.values(tables)
    .map((t) => JSON.stringify(t.objects()) + t.columnNames().join(','))
    .join('\n');
}

const leaked = (text: string) => SECRETS.filter((s) => text.includes(s));

describe('personal data stays out of tables unless asked for', () => {
  it('tidyEvents leaves out user fields, cookies, request bodies, frame vars and user tags', () => {
    const text = allText({ ...tidyEvents([rawEvent]) });
    expect(leaked(text)).toEqual([]);
    // the rest is there
    expect(text).toContain('unknown currency');
    expect(text).toContain('production');
  });

  it('tidyEvents copies them with personalData: true', () => {
    const text = allText({ ...tidyEvents([rawEvent], { personalData: true }) });
    expect(leaked(text)).toEqual(SECRETS);
  });

  it('tidyEventsList never copies the user object, and user tags only when asked', () => {
    expect(leaked(allText({ ...tidyEventsList([listEvent] as never) }))).toEqual([]);
    expect(leaked(allText({ ...tidyEventsList([listEvent] as never, { personalData: true }) }))).toEqual([
      'jane@example.com',
    ]);
  });

  it('redact adds the user identifiers and user tags through the function, and nothing else', () => {
    const reverse = (v: string) => `#${[...v].reverse().join('')}`;
    const tables = tidyEvents([rawEvent], { redact: reverse });
    expect(leaked(allText({ ...tables }))).toEqual([]);
    const row = tables.events.objects()[0] as Record<string, unknown>;
    expect([row.user_id, row.user_email, row.user_ip_address, row.user_username, row.user_name]).toEqual([
      '#31285-u',
      '#moc.elpmaxe@enaj',
      '#7.311.0.302',
      '#eod.enaj',
      '#eoD enaJ',
    ]);
    expect(tables.events.columnNames()).not.toContain('request_data');
    expect(tables.events.columnNames()).not.toContain('request_cookies');
    expect(tables.frames.columnNames()).not.toContain('vars');
    expect(tables.tags.array('value')).toEqual(['production', '#moc.elpmaxe@enaj:liame', '#7.311.0.302:pi']);
    const list = tidyEventsList([listEvent] as never, { redact: reverse });
    expect(list.tags.array('value')).toEqual(['production', '#moc.elpmaxe@enaj:liame']);
  });

  it('refuses personalData and redact together', () => {
    for (const run of [
      () => tidyEvents([rawEvent], { personalData: true, redact: (v) => v }),
      () => tidyEventsList([listEvent] as never, { personalData: true, redact: (v) => v }),
    ]) {
      try {
        run();
        expect.unreachable();
      } catch (error) {
        expect(isSentryOfflineError(error) && error.code).toBe('transform.invalidOption');
      }
    }
  });
});
