import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SentryOfflineError } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import { parseJsonArray, readEventFile, splitLines, streamEvents, type EventPlace } from '../../src/index.js';
import { tempDir } from '../util/temp-dir.js';

/**
 * Feeds `text` in chunks of `size` bytes, each read into the same buffer as the file reader does (so a chunk the
 * splitter kept without copying would be overwritten), and collects what comes out.
 */
function feedArray(text: string, size: number): unknown[] {
  const out: unknown[] = [];
  const split = parseJsonArray('t.json', (value, i) => out.push([i, value]));
  const bytes = Buffer.from(text);
  const reused = Buffer.alloc(size);
  for (let i = 0; i < bytes.length; i += size) {
    const n = bytes.copy(reused, 0, i, i + size);
    split.push(reused.subarray(0, n));
    reused.fill(0x7b); // what the next read would leave there
  }
  split.end();
  return out;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SentryOfflineError);
    return (error as SentryOfflineError).code;
  }
  return undefined;
}

describe('parseJsonArray', () => {
  // the second element's string holds the separator `},{"id":"`, escaped quotes and a backslash before a quote;
  // the first element's nested list repeats the separator, so the first guess for element 0 must be rejected
  const tricky =
    '[{"id":"1","t":[{"id":"a"},{"id":"b"}]},\n {"id":"2","s":"x},{\\"id\\":\\"y \\\\"} , {"id":"3"} ]';
  const expected = [
    [0, { id: '1', t: [{ id: 'a' }, { id: 'b' }] }],
    [1, { id: '2', s: 'x},{"id":"y \\' }],
    [2, { id: '3' }],
  ];

  it('hands on each element whole, however the bytes are cut into chunks', () => {
    for (const size of [1, 2, 3, 7, 16, 1000]) expect(feedArray(tricky, size)).toEqual(expected);
  });

  it('rejects a guessed end that does not parse: a separator repeated inside a later element', () => {
    // the separator learned after element 0 is `},{"id":"`; element 1 holds it in its nested list
    const text = '[{"id":"1"},{"id":"2","t":[{"id":"a"},{"id":"b"}]},{"id":"3"}]';
    expect(feedArray(text, 1000)).toEqual([
      [0, { id: '1' }],
      [1, { id: '2', t: [{ id: 'a' }, { id: 'b' }] }],
      [2, { id: '3' }],
    ]);
  });

  it('reads bare values, nested arrays, a byte-order mark, an empty array and surrounding blanks', () => {
    expect(feedArray('\ufeff [1, "two", null, [3, {"a": []}], true ] \n', 4)).toEqual([
      [0, 1],
      [1, 'two'],
      [2, null],
      [3, [3, { a: [] }]],
      [4, true],
    ]);
    expect(feedArray('[]', 1)).toEqual([]);
  });

  it('throws cli.invalidJsonArray for text that is not an array, is cut short, or has a bad element', () => {
    expect(codeOf(() => feedArray('{"id":"1"}', 100))).toBe('cli.invalidJsonArray');
    expect(codeOf(() => feedArray('[{"id":"1"},{"id"', 100))).toBe('cli.invalidJsonArray');
    expect(codeOf(() => feedArray('[{"id":"1"},{id}]', 100))).toBe('cli.invalidJsonArray');
    expect(codeOf(() => feedArray('[{"id":"1"}] x', 100))).toBe('cli.invalidJsonArray');
    expect(codeOf(() => feedArray('', 100))).toBe('cli.invalidJsonArray');
  });
});

describe('splitLines', () => {
  it('hands on non-blank lines with their 1-based numbers across chunk cuts, with or without a last newline', () => {
    const lines: [string, number][] = [];
    const split = splitLines((bytes, line) => lines.push([bytes.toString(), line]));
    for (const part of ['{"a"', ':1}\r\n\n  \n{"b":2}', '\n{"c":3}']) split.push(Buffer.from(part));
    split.end();
    expect(lines).toEqual([
      ['{"a":1}\r', 1],
      ['{"b":2}', 4],
      ['{"c":3}', 5],
    ]);
  });
});

describe('splitLines at every cut', () => {
  it('gives the lines of the whole text whichever two places the chunks are cut at', () => {
    const text = '{"a":1}\n\n{"bb":[1,2]}\r\n  \n{"c":"x\\ny"}\n{"d":4}';
    const whole: [string, number][] = [];
    const expected = text.split('\n').flatMap((l, i) => (l.trim() === '' ? [] : [[l, i + 1]]));
    for (let i = 0; i <= text.length; i++)
      for (let j = i; j <= text.length; j++) {
        const lines: [string, number][] = [];
        const split = splitLines((bytes, line) => lines.push([bytes.toString(), line]));
        for (const part of [text.slice(0, i), text.slice(i, j), text.slice(j)]) split.push(Buffer.from(part));
        split.end();
        expect(lines).toEqual(expected);
        if (i === 0 && j === 0) whole.push(...lines);
      }
    expect(whole.map(([l]) => l)).toEqual(['{"a":1}', '{"bb":[1,2]}\r', '{"c":"x\\ny"}', '{"d":4}']);
  });
});

describe('streamEvents', () => {
  const events = [{ event_id: 'a' }, { event_id: 'b', n: [1, 2] }, { event_id: 'c' }];
  const ndjson = events.map((e) => JSON.stringify(e)).join('\n') + '\n';
  const array = JSON.stringify(events, null, 2);

  async function read(path: string, options = {}) {
    const out: [unknown, EventPlace][] = [];
    const result = await streamEvents(path, (event, place) => out.push([event, place]), options);
    return { result, events: out.map(([e]) => e), places: out.map(([, p]) => [p.line, p.index]) };
  }

  it('reads NDJSON, a JSON array and their gzip forms to the same events', async () => {
    const dir = tempDir({
      'e.ndjson': ndjson,
      'e.json': array,
      'e.ndjson.gz': gzipSync(ndjson),
      'e.json.gz': gzipSync(array),
    });
    for (const name of ['e.ndjson', 'e.json', 'e.ndjson.gz', 'e.json.gz']) {
      const { result, events: got } = await read(join(dir, name));
      expect([name, got, result.events, result.format]).toEqual([
        name,
        events,
        3,
        name.includes('ndjson') ? 'ndjson' : 'array',
      ]);
    }
    expect((await read(join(dir, 'e.ndjson'))).places).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
    ]);
    expect((await read(join(dir, 'e.json.gz'))).result.bytes).toBe(gzipSync(array).length);
  });

  it('inflates gzip found by its magic bytes whatever the name, in readEventFile and streamEvents alike', async () => {
    const dir = tempDir({
      'a.json': gzipSync(array),
      'b.ndjson': gzipSync(ndjson),
      'c.json': gzipSync(JSON.stringify(events[0])),
    });
    for (const name of ['a.json', 'b.ndjson'])
      expect([name, (await read(join(dir, name))).events]).toEqual([name, events]);
    const got: unknown[] = [];
    const result = await readEventFile(join(dir, 'c.json'), (event) => got.push(event));
    expect([got, result.events]).toEqual([[events[0]], 1]);
  });

  it('reads one document, and NDJSON saved as .json, as the other commands do', async () => {
    const dir = tempDir({
      'one.json': JSON.stringify(events[1], null, 2),
      'lines.json': ndjson,
      // lines that are arrays are lines, as validate reads them, not one JSON array cut short
      'arrays.json': '[1,2]\n[3]\n',
    });
    expect((await read(join(dir, 'one.json'))).events).toEqual([events[1]]);
    expect((await read(join(dir, 'lines.json'))).events).toEqual(events);
    const arrays = await read(join(dir, 'arrays.json'));
    expect([arrays.events, arrays.places, arrays.result.format]).toEqual([
      [[1, 2], [3]],
      [
        [1, 0],
        [2, 1],
      ],
      'ndjson',
    ]);
    const viaFile: unknown[] = [];
    await readEventFile(join(dir, 'one.json'), (e) => viaFile.push(e));
    expect(viaFile).toEqual([events[1]]);
  });

  it('streams NDJSON saved as .json or .json.gz line by line: the first event comes before the file is read', async () => {
    // ~12 MiB of lines that gzip cannot shrink much: three 4 MiB reads, plain or compressed
    const noise = (i: number) => createHash('sha256').update(String(i)).digest('base64');
    const line = (i: number) =>
      JSON.stringify({
        event_id: String(i),
        pad: Array.from({ length: 40 }, (_, k) => noise(i * 40 + k)).join(''),
      });
    const text = `${Array.from({ length: 7000 }, (_, i) => line(i)).join('\n')}\n`;
    const dir = tempDir({ 'lines.json': text, 'lines.json.gz': gzipSync(text) });
    for (const name of ['lines.json', 'lines.json.gz']) {
      const path = join(dir, name);
      let read = 0;
      let atFirst = -1;
      const result = await streamEvents(path, () => void (atFirst < 0 && (atFirst = read)), {
        onRead: (bytes) => void (read += bytes),
      });
      expect([name, result.events, result.format, result.lines]).toEqual([name, 7000, 'ndjson', 7000]);
      expect(atFirst).toBeGreaterThan(0);
      expect(atFirst).toBeLessThan(read / 2);
    }
  });

  it('stops at the event that aborts its signal: nothing after it is parsed, in NDJSON, arrays and gzip', async () => {
    const lines = `${ndjson}{broken\n`;
    const array = `[${events.map((e) => JSON.stringify(e)).join(',')},{broken]`;
    const dir = tempDir({
      'e.ndjson': lines,
      'e.ndjson.gz': gzipSync(lines),
      'e.json': array,
      'e.json.gz': gzipSync(array),
    });
    for (const name of ['e.ndjson', 'e.ndjson.gz', 'e.json', 'e.json.gz']) {
      const stop = new AbortController();
      const got: unknown[] = [];
      const result = await streamEvents(
        join(dir, name),
        (event) => {
          got.push(event);
          if (got.length === 2) stop.abort();
        },
        { signal: stop.signal },
      );
      expect([name, got, result.events]).toEqual([name, events.slice(0, 2), 2]);
      // without the signal, the broken document is reached
      await expect(streamEvents(join(dir, name), () => {})).rejects.toThrow(/cli\.invalidJson|broken|JSON/);
    }
  });

  it('reads standard input (any stream of bytes) in pieces as small as a pipe gives: NDJSON, arrays, gzip', async () => {
    // 5-byte pieces: the first line is longer than a piece, so the layout waits for it
    async function* pieces(bytes: Buffer, size = 5) {
      for (let at = 0; at < bytes.length; at += size) {
        await Promise.resolve();
        yield bytes.subarray(at, at + size);
      }
    }
    const cases: [string, Buffer, string][] = [
      ['NDJSON', Buffer.from(ndjson), 'ndjson'],
      ['an array', Buffer.from(array), 'array'],
      ['gzip NDJSON', gzipSync(ndjson), 'ndjson'],
      ['gzip array', gzipSync(array), 'array'],
      ['one document', Buffer.from(JSON.stringify(events[1], null, 2)), 'json'],
    ];
    for (const [what, bytes, format] of cases) {
      const got: [unknown, number | null][] = [];
      const result = await streamEvents('-', (event, place) => got.push([event, place.line]), {
        name: '<stdin>',
        source: pieces(bytes),
      });
      const expected = format === 'json' ? [events[1]] : events;
      expect([what, got.map(([e]) => e), result.format, result.bytes]).toEqual([
        what,
        expected,
        format,
        bytes.length,
      ]);
      if (format === 'ndjson') expect(got.map(([, line]) => line)).toEqual([1, 2, 3]);
    }
    // a broken line is named by its line on standard input too
    const broken = streamEvents('-', () => {}, {
      name: '<stdin>',
      source: pieces(Buffer.from(`${ndjson}{x\n`)),
    });
    await expect(broken).rejects.toThrow('<stdin>: line 4: ');
  });

  it('reads a byte range of an NDJSON file (a worker thread’s share)', async () => {
    const dir = tempDir({ 'e.ndjson': ndjson });
    const second = ndjson.indexOf('\n') + 1;
    const third = ndjson.indexOf('\n', second) + 1;
    expect((await read(join(dir, 'e.ndjson'), { start: second, end: third })).events).toEqual([events[1]]);
  });

  it('throws cli.invalidJson naming the line, or hands the error to onInvalid and goes on', async () => {
    const dir = tempDir({ 'bad.ndjson': '{"event_id":"a"}\n{oops\n{"event_id":"c"}\n' });
    await expect(read(join(dir, 'bad.ndjson'))).rejects.toMatchObject({ code: 'cli.invalidJson' });
    const bad: (number | null)[] = [];
    const { events: got } = await read(join(dir, 'bad.ndjson'), {
      onInvalid: (place: EventPlace) => bad.push(place.line),
    });
    expect([got, bad]).toEqual([[{ event_id: 'a' }, { event_id: 'c' }], [2]]);
  });
});
