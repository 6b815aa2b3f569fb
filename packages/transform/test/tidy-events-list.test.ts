import { describe, expect, it } from 'vitest';
import type { EventsList } from '@sentry-offline/schema';
import { tidyEventsList } from '../src/index.js';
import { deepFreeze } from './util/deep-freeze.js';
import { expectTable } from './util/expect-table.js';

const list = (): EventsList =>
  [
    {
      id: 'aa11',
      eventID: 'aa11',
      groupID: '42',
      projectID: '7',
      'event.type': 'error',
      platform: 'python',
      title: 'ValueError: bad',
      message: 'bad',
      culprit: 'app.views in index',
      location: 'app/views.py',
      dateCreated: '2024-06-01T10:00:00Z',
      user: { email: 'someone@example.com', ip_address: '10.0.0.1' },
      tags: [
        { key: 'level', value: 'error' },
        { key: 'user', value: 'email:someone@example.com' },
        { key: 'environment', value: 'prod' },
      ],
    },
    // no eventID: read from id
    { id: 'bb22', groupID: '43', projectID: 7, dateCreated: '2024-06-01T11:00:00Z', tags: [] },
  ] as unknown as EventsList;

describe('tidyEventsList', () => {
  it('gives one events row per event, ids as text, project ids as numbers, dates as UTC Dates', () => {
    expectTable(tidyEventsList(list()).events, {
      event_id: ['aa11', 'bb22'],
      group_id: ['42', '43'],
      project_id: [7, 7],
      type: ['error', null],
      platform: ['python', null],
      title: ['ValueError: bad', null],
      message: ['bad', null],
      culprit: ['app.views in index', null],
      location: ['app/views.py', null],
      date_created: [new Date('2024-06-01T10:00:00Z'), new Date('2024-06-01T11:00:00Z')],
    });
  });

  it('gives one tags row per tag and copies no user e-mail or IP (user tag left out)', () => {
    const { events, tags } = tidyEventsList(list());
    expectTable(tags, {
      event_id: ['aa11', 'aa11'],
      key: ['level', 'environment'],
      value: ['error', 'prod'],
    });
    expect(JSON.stringify([events.objects(), tags.objects()])).not.toMatch(/someone@example|10\.0\.0\.1/);
  });

  it('keeps the user tag with personalData: true', () => {
    const { tags } = tidyEventsList(list(), { personalData: true });
    expect(tags.array('key')).toEqual(['level', 'user', 'environment']);
  });

  it('never mutates its input', () => {
    const input = deepFreeze(list());
    tidyEventsList(input);
    expect(input).toEqual(list());
  });

  it('throws transform.invalidPayload for a list of non-objects', () => {
    expect(() => tidyEventsList([1] as unknown as EventsList)).toThrow(
      expect.objectContaining({
        code: 'transform.invalidPayload',
        details: { file: '<input>', pointer: '/0' },
      }),
    );
  });
});
