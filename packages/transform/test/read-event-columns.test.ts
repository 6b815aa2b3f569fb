import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SentryOfflineError } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import {
  createEventColumnReader,
  createEventsTableBuilder,
  EVENT_TABLE_COLUMNS,
  tidyEvents,
} from '../src/index.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** Every valid event fixture, API details and raw events. */
const events: unknown[] = ['event', 'raw-event'].flatMap((kind) =>
  readdirSync(join(fixtures, kind))
    .filter((name) => !name.startsWith('invalid-'))
    .map((name) => JSON.parse(readFileSync(join(fixtures, kind, name, 'payload.json'), 'utf8')) as unknown),
);

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof SentryOfflineError ? error.code : 'not a SentryOfflineError';
  }
  return 'no error';
};

describe('createEventColumnReader', () => {
  it('reads every column of the events table as tidyEvents does, event after event', () => {
    const rows = tidyEvents(events).events.objects() as Record<string, unknown>[];
    const read = createEventColumnReader(EVENT_TABLE_COLUMNS);
    expect(rows.length).toBe(events.length);
    expect(EVENT_TABLE_COLUMNS).toEqual(Object.keys(rows[0]));
    // one reader for all the events: nothing of one event is left over for the next
    const cells = events.map((event, i) =>
      Object.fromEntries(read(event, i).map((v, c) => [EVENT_TABLE_COLUMNS[c], v])),
    );
    expect(cells).toEqual(rows);
    // the fixtures exercise the fallbacks: releases from objects and tags, contexts for os and runtime
    expect(new Set(rows.map((r) => r.release)).size).toBeGreaterThan(2);
    expect(rows.some((r) => r.os !== null) && rows.some((r) => r.runtime !== null)).toBe(true);
  });

  it('gives the named columns in the order asked', () => {
    const read = createEventColumnReader(['platform', 'release']);
    const row = tidyEvents([events[0]]).events.objects()[0] as Record<string, unknown>;
    expect(read(events[0], 0)).toEqual([row.platform, row.release]);
  });

  it('throws transform.invalidEvent where tidyEvents rejects the event, and transform.unknownColumn', () => {
    const read = createEventColumnReader(['release']);
    const bad = { event_id: 'a'.repeat(32), platform: 'python', contexts: { os: 'Linux' } };
    expect(codeOf(() => read(bad, 0))).toBe('transform.invalidEvent');
    expect(codeOf(() => tidyEvents([bad]))).toBe('transform.invalidEvent');
    expect(codeOf(() => read('not an event', 0))).toBe('transform.invalidEvent');
    expect(read({ event_id: 'b'.repeat(32), release: '1.0' }, 1)).toEqual(['1.0']);
    expect(codeOf(() => createEventColumnReader(['release', 'colour']))).toBe('transform.unknownColumn');
  });

  it('builds the events table of tidyEvents alone; a rejected event adds no row', () => {
    const builder = createEventsTableBuilder();
    const bad = { event_id: 'a'.repeat(32), platform: 'python', contexts: { os: 'Linux' } };
    events.forEach((event, i) => {
      builder.add(event);
      if (i === 1) expect(codeOf(() => builder.add(bad))).toBe('transform.invalidEvent');
    });
    expect(builder.finish().objects()).toEqual(tidyEvents(events).events.objects());
  });
});
