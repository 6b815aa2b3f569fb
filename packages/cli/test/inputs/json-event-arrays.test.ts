import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateText } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import { readInputs, validateInput } from '../../src/index.js';
import { validateNdjsonFile } from '../../src/inputs/validate-ndjson-file.js';
import { readInput } from '../util/read-input.js';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

const fixture = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../../fixtures/${path}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
const EVENT = fixture('event/python-django-chained/payload.json');
const RAW = fixture('raw-event/node-express-async/payload.json');
const LIST = fixture('events-list/project-events-mixed/payload.json');

/** The 1-based line and column where `needle` first occurs in `text`: an independent way to the place. */
function placeOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

async function streamed(text: string | Buffer, name = 'a.json', options = {}) {
  const dir = tempDir({ [name]: name.endsWith('.gz') ? gzipSync(text) : text });
  const { bytes: _bytes, ...result } = await validateNdjsonFile(name, join(dir, name), {
    ...options,
    layout: 'json',
  });
  return result;
}

describe('a JSON array of events', () => {
  const bad = { ...EVENT, platform: 7 };
  const pretty = JSON.stringify([EVENT, bad, EVENT], null, 2);

  it('is validated element by element: a document per element, issues at their line, column and pointer', () => {
    const result = validateInput(readInput('a.json', pretty));
    expect([result.kind, result.format, result.documents, result.rejected]).toEqual(['event', 'json', 3, 1]);
    expect(result.values).toEqual([EVENT, EVENT]);
    // the element alone, validated as a document of its own, has the same issue at its own place
    const alone = validateText('b.json', JSON.stringify(bad, null, 2));
    expect(alone.issues.map((i) => [i.pointer, i.keyword, i.message])).toEqual([
      ['/platform', expect.any(String), expect.any(String)],
    ]);
    const [issue] = result.issues;
    expect(issue).toMatchObject({
      file: 'a.json',
      pointer: '/1/platform',
      keyword: alone.issues[0].keyword,
      message: alone.issues[0].message,
      ...placeOf(pretty, '"platform": 7'),
    });
  });

  it('is read the same way streamed, pretty or on one line, with a byte-order mark, gzip or not', async () => {
    expect(await streamed(pretty)).toEqual(validateInput(readInput('a.json', pretty)));
    const minified = `\ufeff${JSON.stringify([bad, EVENT])}`;
    const whole = validateInput(readInput('m.json', minified));
    expect(await streamed(minified, 'm.json')).toEqual(whole);
    expect(await streamed(minified, 'm.json.gz')).toEqual({
      ...whole,
      file: 'm.json.gz',
      issues: expect.any(Array),
    });
    // on one line, the place is the column where the element's field is (after the BOM, not counted)
    expect(whole.issues[0]).toMatchObject({
      pointer: '/0/platform',
      ...placeOf(minified.slice(1), '"platform":7'),
    });
  });

  it('is split the same way whatever the chunks, even when the reader fills one buffer again for each', async () => {
    const bytes = Buffer.from(`\ufeff${pretty}`);
    // 7-byte chunks, all in one buffer that the next chunk overwrites once the splitter has returned
    const shared = Buffer.alloc(7);
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 7) {
        const n = bytes.copy(shared, 0, at, at + 7);
        yield shared.subarray(0, n);
      }
    }
    const { bytes: read, ...result } = await validateNdjsonFile('a.json', '-', {
      source: chunks(),
      layout: 'json',
    });
    expect(read).toBe(bytes.length);
    expect(result).toEqual(validateInput(readInput('a.json', pretty)));
  });

  it('rejects an element that is not JSON, or of another kind, alone; an array cut short after its whole elements', () => {
    const text = `[\n${JSON.stringify(EVENT)},\n{"title": NaN},\n${JSON.stringify(RAW)}\n]`;
    const result = validateInput(readInput('a.json', text));
    expect([result.kind, result.documents, result.rejected]).toEqual(['event', 3, 2]);
    expect(result.issues.map((i) => [i.line, i.pointer.split('/')[1], i.keyword])).toEqual(
      expect.arrayContaining([
        [3, '1', 'syntax'],
        [4, '2', 'kind'],
      ]),
    );
    // the array's kind is its first element's: a raw event after an API event does not pass as one
    expect(result.issues.find((i) => i.keyword === 'kind')?.message).toContain('looks like raw-event');
    const cut = `[\n${JSON.stringify(EVENT)},\n${JSON.stringify(EVENT).slice(0, 100)}`;
    const short = validateInput(readInput('c.json', cut));
    expect([short.ok, short.documents, short.rejected]).toEqual([false, 1, 0]);
    expect(short.issues).toMatchObject([{ line: 3, column: 1, keyword: 'syntax', pointer: '' }]);
    expect(short.issues[0].message).toMatch(/^byte \d+: the array is cut short$/);
    // a stray closing brace where the next element should start ends the array there (a splitter that took it for
    // an element would never get past it)
    const stray = validateInput(readInput('s.json', `[${JSON.stringify(EVENT)}}]`));
    expect([stray.ok, stray.documents]).toEqual([false, 1]);
    expect(stray.issues.at(-1)?.message).toMatch(/: "}" where an element should start$/);
  });

  it('of raw events is of kind raw-event; an events list of summaries stays one events-list document', () => {
    const raw = validateInput(readInput('r.json', JSON.stringify([RAW, RAW])));
    expect([raw.kind, raw.documents, raw.ok]).toEqual(['raw-event', 2, true]);
    const list = validateInput(readInput('l.json', JSON.stringify(LIST)));
    expect([list.kind, list.documents, list.records?.read]).toEqual(['events-list', 1, 3]);
    // an events list that holds full events (the list endpoint's `full=true`) is read as the events it holds,
    // unless the kind is given
    const full = JSON.stringify([EVENT, EVENT]);
    expect(validateInput(readInput('f.json', full)).kind).toBe('event');
    expect(validateInput(readInput('f.json', full), { kind: 'events-list' })).toMatchObject({
      kind: 'events-list',
      documents: 1,
    });
    // an empty array has no kind to tell, unless given
    expect(validateInput(readInput('e.json', '[]'))).toMatchObject({ kind: null, ok: false, documents: 1 });
    expect(validateInput(readInput('e.json', '[]'), { kind: 'event' })).toMatchObject({
      ok: true,
      documents: 0,
    });
  });

  it('is streamed by readInputs above the size given, when its head shows events', async () => {
    const cwd = tempDir({
      'events.json': pretty,
      'list.json': JSON.stringify(LIST),
      'one.json': JSON.stringify(EVENT),
    });
    const found = [];
    for await (const input of readInputs(['events.json', 'list.json', 'one.json'], { cwd, streamAbove: 100 }))
      found.push([input.name, input.status, 'format' in input ? input.format : null]);
    expect(found).toEqual([
      ['events.json', 'stream', 'json'],
      ['list.json', 'read', 'json'],
      ['one.json', 'read', 'json'],
    ]);
  });
});

describe('commands on a JSON array of events', () => {
  const other = fixture('event/java-spring-caused-by/payload.json');
  const events = [EVENT, other, { ...EVENT, eventID: 'f'.repeat(32), id: 'f'.repeat(32) }];

  it('tidy makes the event tables, the same as of the same events as NDJSON', async () => {
    const cwd = tempDir({
      'a.json': JSON.stringify(events, null, 2),
      'a.ndjson': events.map((e) => JSON.stringify(e)).join('\n'),
    });
    const fromArray = await runCli(['tidy', 'a.json', '--table', 'frames'], { cwd });
    const fromLines = await runCli(['tidy', 'a.ndjson', '--table', 'frames'], { cwd });
    expect(fromArray.code).toBe(0);
    expect(fromArray.stdout).toBe(fromLines.stdout);
    expect(fromArray.stdout.trimEnd().split('\n').length).toBeGreaterThan(3);
    expect(fromArray.stderr).toContain('3 documents, 0 rejected');
  });

  it('diff compares the events of two arrays, and leaves an array with a bad event out like an NDJSON file', async () => {
    const cwd = tempDir({
      'old.json': JSON.stringify(events),
      'same.json': JSON.stringify(events, null, 1),
      'bad.json': JSON.stringify([EVENT, { ...EVENT, platform: 7 }]),
    });
    const same = await runCli(['diff', 'old.json', '--against', 'same.json'], { cwd });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('3 old event payloads against 3 new');
    const bad = await runCli(['diff', 'old.json', 'bad.json', '--against', 'same.json'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^bad\.json:1:\d+ \/1\/platform .*\(invalid: left out of the old side\)$/m);
    expect(bad.stdout).toContain('3 old event payloads against 3 new');
  });
});
