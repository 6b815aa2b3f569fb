import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregateFrames, finishFrameAggregate, type FrameReport } from '@sentry-offline/report';
import { tidyEvents } from '@sentry-offline/transform';
import { describe, expect, it } from 'vitest';
import { aggregateFrameFiles } from '../../src/index.js';
import { frameWorkerUrl } from '../../src/workers/aggregate-frame-files.js';
import { tempDir } from '../util/temp-dir.js';

const fixtures = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));

/** Every valid event fixture, three times over with distinct ids (so that counts are above one). */
function sampleEvents(): Record<string, unknown>[] {
  const payloads = ['event', 'raw-event'].flatMap((kind) =>
    readdirSync(join(fixtures, kind))
      .filter((name) => !name.startsWith('invalid-'))
      .map(
        (name) =>
          JSON.parse(readFileSync(join(fixtures, kind, name, 'payload.json'), 'utf8')) as Record<
            string,
            unknown
          >,
      ),
  );
  return [0, 1, 2].flatMap((copy) =>
    payloads.map((p, i) => {
      const id = `copy${copy}-event${i}`;
      return 'entries' in p ? { ...p, eventID: id } : { ...p, event_id: id };
    }),
  );
}

/** The id of an event's text, as the aggregator reads it. */
const idOf = (text: string) => {
  const event = JSON.parse(text) as Record<string, string>;
  return event.eventID ?? event.event_id;
};

const rows = (report: FrameReport) =>
  Object.fromEntries(
    (['signatures', 'crashSites', 'anywhere', 'stacks', 'hotFiles'] as const).map((k) => [
      k,
      report[k].objects(),
    ]),
  );

describe('aggregateFrameFiles', () => {
  it('gives the report of tidyEvents + aggregateFrames, from one folder of files, on 0 or 2 worker threads', async () => {
    const events = sampleEvents();
    const dir = tempDir(
      Object.fromEntries(events.map((e, i) => [`e${String(i).padStart(3, '0')}.json`, JSON.stringify(e)])),
    );
    const files = readdirSync(dir)
      .sort()
      .map((name) => ({ path: join(dir, name), name }));
    const expected = rows(finishFrameAggregate(aggregateFrames(tidyEvents(events)), { top: 50 }));
    const inline = await aggregateFrameFiles(files, { workers: 0, filesPerTask: 4 });
    const pooled = await aggregateFrameFiles(files, { workers: 2, filesPerTask: 4 });
    expect([inline.events, pooled.events, inline.invalid, pooled.invalid]).toEqual([
      events.length,
      events.length,
      [],
      [],
    ]);
    expect(rows(finishFrameAggregate(inline.aggregate, { top: 50 }))).toEqual(expected);
    expect(rows(finishFrameAggregate(pooled.aggregate, { top: 50 }))).toEqual(expected);
  });

  it('starts its workers from the one-file bundle that pnpm build makes', () => {
    expect(frameWorkerUrl().pathname).toMatch(/dist\/workers\/frame-worker\.bundle\.js$/);
  });

  it('reads NDJSON, JSON arrays and gzip alike, and lists documents that are not JSON or not events', async () => {
    const all = sampleEvents();
    const events = all.slice(0, 5);
    const others = all.slice(5, 10);
    const ndjson = events.map((e) => JSON.stringify(e)).join('\n');
    const dir = tempDir({
      'a.ndjson': `${ndjson}\n{broken\n"not an event"\n{"start":"s","end":"e","intervals":[],"groups":[]}\n`,
      'b.json': JSON.stringify(others),
    });
    const result = await aggregateFrameFiles([
      { path: join(dir, 'a.ndjson'), name: 'a.ndjson' },
      { path: join(dir, 'b.json'), name: 'b.json' },
    ]);
    expect(result.events).toBe(10);
    expect(result.invalid.map((line) => line.split(': ')[0])).toEqual([
      'a.ndjson:6',
      'a.ndjson:7',
      'a.ndjson:8',
    ]);
    expect(result.invalid[2]).toBe('a.ndjson:8: a stats-v2 payload, not an event');
    const expected = finishFrameAggregate(aggregateFrames(tidyEvents([...events, ...others])), { top: 50 });
    expect(rows(finishFrameAggregate(result.aggregate, { top: 50 }))).toEqual(rows(expected));
  });

  it('names the line of a document left out in a byte range by its line in the file, as one thread does', async () => {
    const events = sampleEvents().map((e) => JSON.stringify(e));
    // blank lines count as lines too; the bad lines sit in the middle and at the end of the file
    const lines = [
      ...events.slice(0, 10),
      '',
      '{broken',
      ...events.slice(10, 20),
      '   ',
      '[1',
      ...events.slice(20),
      '"x"',
    ];
    const dir = tempDir({ 'a.ndjson': `${lines.join('\n')}\n` });
    const files = [{ path: join(dir, 'a.ndjson'), name: 'a.ndjson' }];
    const expected = [12, 24, lines.length].map((line) => `a.ndjson:${line}`);
    const one = await aggregateFrameFiles(files, { workers: 0 });
    // ranges of ~2 KB: most lines are longer, so nearly every line is a task of its own
    const ranges = await aggregateFrameFiles(files, { workers: 1, taskBytes: 2000 });
    expect(one.invalid.map((line) => line.split(': ')[0])).toEqual(expected);
    expect(ranges.invalid).toEqual(one.invalid);
    expect(ranges.invalid[0]).toMatch(/^a\.ndjson:12: [^:]*JSON/);
    expect([one.events, ranges.events]).toEqual([events.length, events.length]);
  });

  it('gives the reason of an event the aggregator rejects without its count, the same on one thread and two', async () => {
    const events = sampleEvents();
    const bad = { event_id: 'bad1', exception: { values: [{ stacktrace: { frames: [{ lineno: '10' }] } }] } };
    const lines = [...events.slice(0, 8), bad, ...events.slice(8), bad].map((e) => JSON.stringify(e));
    const dir = tempDir({ 'a.ndjson': `${lines.join('\n')}\n` });
    const files = [{ path: join(dir, 'a.ndjson'), name: 'a.ndjson' }];
    const one = await aggregateFrameFiles(files, { workers: 0 });
    const ranges = await aggregateFrameFiles(files, { workers: 1, taskBytes: 2000 });
    // the file's line and the event's id name it; the aggregator's own count of events (9, then 30) does not
    const why = '/exception/values/0/stacktrace/frames/0/lineno is a string ("10"), expected a number';
    expect(one.invalid).toEqual([
      `a.ndjson:9: event bad1: ${why}`,
      `a.ndjson:${lines.length}: event bad1: ${why}`,
    ]);
    expect(ranges.invalid).toEqual(one.invalid);
  });

  it('counts the events saved twice (an id an earlier document had), the same on one thread and two', async () => {
    const events = sampleEvents().map((e) => JSON.stringify(e));
    // the first five events again at the end of the NDJSON file, and the first one again in a file of its own
    const dir = tempDir({
      'a.ndjson': `${[...events, ...events.slice(0, 5)].join('\n')}\n`,
      'b.json': events[0],
    });
    const files = ['a.ndjson', 'b.json'].map((name) => ({ path: join(dir, name), name }));
    const one = await aggregateFrameFiles(files, { workers: 0 });
    const two = await aggregateFrameFiles(files, { workers: 1, taskBytes: 4000 });
    const first = events.length + 1;
    expect(one.repeated).toEqual({
      count: 6,
      at: [0, 1, 2, 3, 4]
        .map((i) => `a.ndjson:${first + i}: event ${idOf(events[i])} again`)
        .concat(`b.json: event ${idOf(events[0])} again`),
    });
    // on two threads a repeat that the other thread saw first is in the count, not in the list
    expect(two.repeated.count).toBe(6);
    expect(one.repeated.at).toEqual(expect.arrayContaining(two.repeated.at));
    expect([one.events, two.events]).toEqual([events.length + 6, events.length + 6]);
  });

  it('names files that cannot be read (gone, a folder) and goes on with the others, on 0 or 1 worker', async () => {
    const events = sampleEvents().slice(0, 4);
    const dir = tempDir({
      'a.json': JSON.stringify(events[0]),
      'b.ndjson': events.map((e) => JSON.stringify(e)).join('\n'),
      'sub/x': '',
    });
    const files = ['a.json', 'gone.json', 'sub', 'b.ndjson'].map((name) => ({ path: join(dir, name), name }));
    for (const workers of [0, 1]) {
      const result = await aggregateFrameFiles(files, { workers, filesPerTask: 1 });
      expect([workers, result.events, result.unreadable, result.invalid]).toEqual([
        workers,
        5,
        ['gone.json: unreadable: no such file or directory', 'sub: unreadable: is a directory'],
        [],
      ]);
    }
  });

  it('reports progress: the last call counts every event and every byte read, on 0 or 2 workers', async () => {
    const events = sampleEvents();
    const ndjson = events.map((e) => JSON.stringify(e)).join('\n') + '\n';
    const dir = tempDir({ 'a.ndjson': ndjson, 'b.json': JSON.stringify(events[0]) });
    const files = ['a.ndjson', 'b.json'].map((name) => ({ path: join(dir, name), name }));
    for (const workers of [0, 2]) {
      const calls: { events: number; bytes: number; tasks: number; of: number }[] = [];
      await aggregateFrameFiles(files, { workers, onProgress: (p) => calls.push(p), progressEvery: 1 });
      const last = calls[calls.length - 1];
      expect([workers, last.events, last.bytes, last.tasks]).toEqual([
        workers,
        events.length + 1,
        Buffer.byteLength(ndjson) + Buffer.byteLength(JSON.stringify(events[0])),
        last.of,
      ]);
    }
  });

  it('splits by event columns through the event tables, with the same result', async () => {
    const events = sampleEvents();
    const dir = tempDir({ 'e.ndjson': events.map((e) => JSON.stringify(e)).join('\n') });
    const { aggregate } = await aggregateFrameFiles([{ path: join(dir, 'e.ndjson'), name: 'e.ndjson' }], {
      by: ['platform'],
    });
    const expected = aggregateFrames(tidyEvents(events), { by: ['platform'] });
    expect(finishFrameAggregate(aggregate).splits.objects()).toEqual(
      finishFrameAggregate(expected).splits.objects(),
    );
    expect(finishFrameAggregate(aggregate).splits.numRows()).toBeGreaterThan(5);
  });
});
