import { describe, expect, it } from 'vitest';
import { tidyEvents } from '../src/index.js';
import { apiEvent, rawEvent } from './util/event-samples.js';
import { expectTable } from './util/expect-table.js';

describe('tidyEvents options', () => {
  it('copies no personal data by default: no user, request body, cookie or vars column, no user tags', () => {
    const t = tidyEvents([rawEvent(), apiEvent()]);
    const columns = [...t.events.columnNames(), ...t.frames.columnNames()];
    expect(columns.filter((c) => /user|request|cookie|vars/.test(c))).toEqual([]);
    expect(t.tags.array('key')).not.toContain('user');
    expect(t.tags.array('key')).not.toContain('sentry:user');
    const cells = JSON.stringify([t.events.objects(), t.frames.objects(), t.tags.objects()]);
    for (const secret of ['a@b.c', '1.2.3.4', '10.0.0.1', 'password', '1234', 'session=abc']) {
      expect(cells).not.toContain(secret);
    }
  });

  it('copies users, request bodies, cookies, vars and user tags with personalData', () => {
    const t = tidyEvents([rawEvent(), apiEvent()], { personalData: true });
    expectTable(
      t.events.select(
        'user_id',
        'user_email',
        'user_ip_address',
        'user_username',
        'user_name',
        'request_data',
      ),
      {
        user_id: ['u1', null],
        user_email: ['a@b.c', null],
        user_ip_address: ['1.2.3.4', '10.0.0.1'],
        user_username: ['ann', null],
        user_name: [null, null],
        request_data: ['{"card":"1234"}', null],
      },
    );
    expect(t.events.array('request_cookies')).toEqual(['session=abc', '[["a","b"]]']);
    expect(t.frames.array('vars')).toEqual(['{"password":"x"}', null, null, null, null, null, null]);
    expect(t.tags.objects().filter((r) => /user/.test(String((r as { key: unknown }).key)))).toEqual([
      { event_id: 'aaaa', key: 'user', value: 'email:a@b.c' },
      { event_id: 'bbbb', key: 'sentry:user', value: 'ip:10.0.0.1' },
    ]);
  });

  it('reads rawStacktrace instead of the processed stack when asked', () => {
    const t = tidyEvents([apiEvent()], { rawStacktraces: true });
    expectTable(t.frames.select('frame_index', 'depth', 'function', 'filename', 'colno', 'in_app'), {
      frame_index: [0, 1],
      depth: [1, 0],
      function: ['a', 'b'],
      filename: ['app.min.js', 'app.min.js'],
      colno: [999, 5],
      in_app: [false, null],
    });
  });

  it('keeps the processed stack where there is no raw one', () => {
    const t = tidyEvents([rawEvent()], { rawStacktraces: true });
    expect(t.frames.array('function')).toEqual(['load', 'get', 'main', 'handle', 'run', 'wait']);
  });

  it('records the project given by the caller for every event', () => {
    const t = tidyEvents([rawEvent(), apiEvent(), {}], { project: 'backend' });
    expect(t.events.array('project')).toEqual(['backend', 'backend', 'backend']);
  });
});
