import { isSentryOfflineError, type SentryOfflineError } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import { createEventTables, tidyEvents, tidyEventsAsync } from '../src/index.js';
import { apiEvent, legacyEvent, nativeEvent, rawEvent } from './util/event-samples.js';
import { tableColumns } from './util/expect-table.js';

const all = () => [rawEvent(), apiEvent(), legacyEvent(), nativeEvent()];
const snapshot = (tables: ReturnType<typeof tidyEvents>) =>
  Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, tableColumns(table)]));

function caught(fn: () => unknown): SentryOfflineError {
  try {
    fn();
  } catch (error) {
    if (isSentryOfflineError(error)) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('tidyEventsAsync', () => {
  it('builds the same tables from an async iterable as tidyEvents from an array', async () => {
    async function* stream() {
      for (const event of all()) {
        await Promise.resolve();
        yield event;
      }
    }
    const fromStream = await tidyEventsAsync(stream());
    expect(snapshot(fromStream)).toEqual(snapshot(tidyEvents(all())));
    expect(fromStream.frames.numRows()).toBe(12);
  });

  it('takes sync iterables too', async () => {
    expect(snapshot(await tidyEventsAsync(new Set(all())))).toEqual(snapshot(tidyEvents(all())));
  });
});

describe('createEventTables in batches', () => {
  it('takes the rows added since the last take, and the batches stack up to the whole tables', () => {
    const whole = tidyEvents(all());
    const builder = createEventTables();
    builder.add(rawEvent());
    builder.add(apiEvent());
    // of the 12 frames, the legacy event has 2 (outer, inner) and the native one 3 (idle, start, crash): the
    // first two events hold the other 7, and frames is the largest table held
    expect(builder.held).toBe(7);
    const first = builder.take();
    expect(builder.held).toBe(0);
    builder.add(legacyEvent());
    builder.add(nativeEvent());
    const rest = builder.finish();
    expect(builder.count).toBe(4);
    for (const name of ['events', 'exceptions', 'frames', 'tags', 'breadcrumbs'] as const) {
      expect(first[name].numRows() + rest[name].numRows(), name).toBe(whole[name].numRows());
      expect(tableColumns(first[name].concat(rest[name])), name).toEqual(tableColumns(whole[name]));
    }
    expect(first.events.array('event_id')).toEqual(['aaaa', 'bbbb']);
    expect(() => builder.add(rawEvent())).toThrow(/after finish/);
  });

  it('counts only the tables it fills, and declares a type for every column', () => {
    const builder = createEventTables({ tables: ['events'] });
    builder.add(rawEvent());
    expect(builder.held).toBe(1);
    expect(builder.types.frames).toMatchObject({ position: 'integer', lineno: 'integer', in_app: 'boolean' });
    expect(builder.types.events.date_created).toBe('date');
    expect(builder.types.breadcrumbs.timestamp).toBe('date');
    expect(builder.types.exceptions.handled).toBe('boolean');
    const { frames, events } = builder.finish();
    // the declared types name every column of the tables, in table order
    expect(Object.keys(builder.types.frames)).toEqual(frames.columnNames());
    expect(Object.keys(builder.types.events)).toEqual(events.columnNames());
    expect(Object.keys(createEventTables({ personalData: true }).types.frames)).toContain('vars');
  });
});

describe('tidyEvents inputs', () => {
  it('takes a generator and a single event object', () => {
    function* events() {
      yield* all();
    }
    expect(snapshot(tidyEvents(events()))).toEqual(snapshot(tidyEvents(all())));
    expect(tidyEvents(rawEvent()).events.array('event_id')).toEqual(['aaaa']);
  });

  it('throws transform.invalidEvent naming the event and the JSON pointer of a value of the wrong type', () => {
    const bad = rawEvent() as Record<string, unknown>;
    (bad.exception as { values: { stacktrace: unknown }[] }).values[1].stacktrace = {
      frames: 'main, handle',
    };
    const error = caught(() => tidyEvents([apiEvent(), bad]));
    expect(error.code).toBe('transform.invalidEvent');
    expect(error.details).toMatchObject({
      index: 1,
      eventId: 'aaaa',
      pointer: '/exception/values/1/stacktrace/frames',
    });
    expect(error.message).toContain('aaaa');
    expect(error.message).toContain('/exception/values/1/stacktrace/frames');
  });

  it('names the API pointer, and throws for lines, flags and events of the wrong type', () => {
    const api = apiEvent();
    (
      api.entries[0].data as { values: { stacktrace: { frames: { lineNo: unknown }[] } }[] }
    ).values[0].stacktrace.frames[0].lineNo = '10';
    const line = caught(() => tidyEvents([api]));
    expect(line.details.pointer).toBe('/entries/0/data/values/0/stacktrace/frames/0/lineNo');
    // the problem alone, for a caller that names the event its own way; the message puts the event before it
    expect(line.details.problem).toBe(
      `/entries/0/data/values/0/stacktrace/frames/0/lineNo is a string ("10"), expected ${line.details.expected}`,
    );
    expect(line.message).toBe(`event 0 (bbbb): ${line.details.problem}`);
    expect(
      caught(() =>
        tidyEvents([
          { event_id: 'x', threads: { values: [{ crashed: 'yes', stacktrace: { frames: [{}] } }] } },
        ]),
      ).details.pointer,
    ).toBe('/threads/values/0/crashed');
    expect(caught(() => tidyEvents([{ tags: 'a=b' }])).details.pointer).toBe('/tags');
    const notAnEvent = caught(() => tidyEvents([rawEvent(), 42]));
    expect([notAnEvent.code, notAnEvent.details.index, notAnEvent.details.pointer]).toEqual([
      'transform.invalidEvent',
      1,
      '',
    ]);
  });
});

describe('createEventTables', () => {
  it('adds events one at a time and counts them', () => {
    const builder = createEventTables();
    for (const event of all()) builder.add(event);
    expect(builder.count).toBe(4);
    expect(snapshot(builder.finish())).toEqual(snapshot(tidyEvents(all())));
  });

  it('fills only the tables asked for; the others keep their columns and have no rows', () => {
    const builder = createEventTables({ tables: ['frames', 'tags'] });
    for (const event of all()) builder.add(event);
    const some = builder.finish();
    const full = tidyEvents(all());
    expect(some.frames.objects()).toEqual(full.frames.objects());
    expect(some.tags.objects()).toEqual(full.tags.objects());
    expect(full.frames.numRows() * full.events.numRows() * full.breadcrumbs.numRows()).toBeGreaterThan(0);
    for (const name of ['events', 'exceptions', 'breadcrumbs'] as const) {
      expect([name, some[name].numRows(), some[name].columnNames()]).toEqual([
        name,
        0,
        full[name].columnNames(),
      ]);
    }
  });

  it('leaves no rows of an event that failed half-way, and goes on with the next', () => {
    const builder = createEventTables();
    builder.add(legacyEvent());
    const bad = rawEvent();
    (bad.breadcrumbs.values[1] as { timestamp: unknown }).timestamp = 'yesterday';
    expect(caught(() => builder.add(bad)).details.pointer).toBe('/breadcrumbs/values/1/timestamp');
    builder.add(nativeEvent());
    const t = builder.finish();
    expect(builder.count).toBe(2);
    expect(snapshot(t)).toEqual(snapshot(tidyEvents([legacyEvent(), nativeEvent()])));
  });

  it('is spent after finish', () => {
    const builder = createEventTables();
    builder.finish();
    expect(caught(() => builder.add(rawEvent())).code).toBe('transform.builderFinished');
  });
});
