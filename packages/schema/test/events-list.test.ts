import { describe, expect, it } from 'vitest';
import { checkEventsList, validate } from '../src/index.js';

const A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

const brief = (value: unknown, options: { strict?: boolean } = {}) =>
  validate(value, { kind: 'events-list', ...options }).issues.map((i) => [
    i.pointer,
    i.severity,
    i.keyword,
    i.message,
  ]);

describe('checkEventsList', () => {
  it('counts events, platforms and distinct issues', () => {
    const list = [
      { eventID: A, groupID: '10', platform: 'python', 'event.type': 'error' },
      { eventID: B, groupID: 10, platform: 'java', 'event.type': 'default' },
      { eventID: 'cccccccccccccccccccccccccccccccc', groupID: '11', platform: 'python' },
    ];
    // groupID "10" and 10 are the same issue: 2 distinct
    expect(checkEventsList(list)).toEqual({
      findings: [],
      facts: { events: 3, platforms: ['java', 'python'], groups: 2 },
    });
  });
});

describe('validate (events-list)', () => {
  it('accepts the simple serializer with nulls', () => {
    const list = [
      {
        id: A,
        eventID: A,
        groupID: '1',
        projectID: '2',
        'event.type': 'error',
        title: 'E',
        message: '',
        location: null,
        culprit: null,
        platform: 'python',
        dateCreated: '2024-07-10T16:45:57Z',
        crashFile: null,
        user: { id: null, email: null, username: null, ip_address: null, name: null, data: null },
        tags: [{ key: 'level', value: 'error' }],
      },
    ];
    expect(brief(list)).toEqual([]);
  });

  it('reports the same event twice, a bad event id and an unknown event type', () => {
    const list = [
      { eventID: A, 'event.type': 'error' },
      { eventID: 'not-an-id', 'event.type': 'replay' },
      { eventID: A },
    ];
    expect(brief(list)).toEqual([
      [
        '/1/event.type',
        'warning',
        'unknownValue',
        expect.stringMatching(/^unknown event type "replay" \(known: /),
      ],
      [
        '/1/eventID',
        'warning',
        'eventId',
        '"not-an-id" is not a Sentry event id: expected 32 lower-case hex digits',
      ],
      [
        '/2/eventID',
        'warning',
        'duplicateEvent',
        `event "${A}" is also /0: overlapping pages would count it twice`,
      ],
    ]);
    expect(validate(list, { kind: 'events-list', strict: true }).ok).toBe(false);
  });

  it('rejects an event without eventID and a date that is not a date', () => {
    expect(brief([{ id: '1' }, { eventID: B, dateCreated: 'yesterday' }])).toEqual([
      ['/0', 'error', 'required', 'has no "eventID" (required)'],
      ['/1/dateCreated', 'error', 'format', '"yesterday" is not a valid date-time'],
    ]);
  });
});
