import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { validateInput } from '../../src/index.js';
import { STREAM_ABOVE, validateNdjsonFile } from '../../src/inputs/validate-ndjson-file.js';
import { readInput } from '../util/read-input.js';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

const fixture = (path: string) =>
  JSON.stringify(JSON.parse(readFileSync(new URL(`../../../../fixtures/${path}`, import.meta.url), 'utf8')));
const EVENT = fixture('event/python-django-chained/payload.json');
const RAW = fixture('raw-event/node-express-async/payload.json');

const read = (name: string, text: string) => readInput(name, text, 'ndjson');

/** The streamed result without its byte count: it must equal validateInput's on the whole text. */
async function streamed(text: string | Buffer, name = 'e.ndjson', options = {}) {
  const dir = tempDir({ [name]: name.endsWith('.gz') ? gzipSync(text) : text });
  const { bytes: _bytes, ...result } = await validateNdjsonFile(name, join(dir, name), options);
  return result;
}

describe('validateNdjsonFile', () => {
  const mixed = [
    EVENT,
    '',
    '  ',
    EVENT.replace('"platform":"python"', '"platform":7'), // a field of the wrong type
    '{"broken": ',
    RAW, // another kind than the first line's
    `${EVENT}\r`,
  ].join('\n');

  it('gives validateInput’s result on the same text: issues at their lines, documents, records, values', async () => {
    expect(await streamed(mixed)).toEqual(validateInput(read('e.ndjson', mixed)));
    const kept = await streamed(mixed, 'e.ndjson', { kind: 'event' });
    expect(kept).toEqual(validateInput(read('e.ndjson', mixed), { kind: 'event' }));
    expect([kept.documents, kept.rejected, kept.values.length]).toEqual([5, 3, 2]);
    expect(kept.issues.map((i) => i.line)).toEqual(expect.arrayContaining([4, 5, 6]));
  });

  it('reads gzip, skips a byte-order mark, and caps issues at 50 like the whole-text path', async () => {
    const many = Array.from({ length: 70 }, () => '{"broken": ').join('\n');
    expect(await streamed(many, 'm.ndjson.gz')).toEqual(validateInput(read('m.ndjson.gz', many)));
    expect((await streamed(many, 'm.ndjson.gz')).omitted).toBe(20);
    expect(await streamed(`\ufeff${EVENT}\n${EVENT}`)).toEqual(
      validateInput(read('e.ndjson', `${EVENT}\n${EVENT}`)),
    );
  });

  it('rejects a line that is not UTF-8 at its line and validates the others; refuses UTF-16', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${EVENT}\n{"title":"`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(`"}\n${EVENT}\n`),
    ]);
    const result = await streamed(bytes);
    expect([result.documents, result.rejected, result.ok]).toEqual([3, 1, false]);
    expect(result.issues.map((i) => [i.line, i.keyword])).toEqual([[2, 'encoding']]);
    expect(result.records).toEqual({ read: 3, counted: 2, rejected: 1, reasons: { encoding: 1 } });
    const utf16 = await streamed(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EVENT, 'utf16le')]));
    expect([utf16.ok, utf16.issues[0].keyword, utf16.issues[0].line]).toEqual([false, 'encoding', 1]);
  });

  it('is what `validate` does with an NDJSON file over 64 MiB, with the same summary', async () => {
    const lines: string[] = [];
    for (let size = 0; size <= STREAM_ABOVE + (1 << 20); size += EVENT.length + 1) lines.push(EVENT);
    lines[1000] = '{"broken": ';
    const text = lines.join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(STREAM_ABOVE);
    const cwd = tempDir({ 'big.ndjson': text });
    const { code, stdout } = await runCli(['validate', 'big.ndjson', '--quiet'], { cwd });
    expect(code).toBe(1);
    expect(stdout).toContain('big.ndjson:1001:12 (root) error: ');
    expect(stdout).toContain(`big.ndjson: event, invalid, ${lines.length} documents, 1 rejected`);
  });
});

describe('validateNdjsonFile afterChunk', () => {
  it('is awaited after the lines of each chunk were handed over, and holds the reading back until it settles', async () => {
    const event = (id: string) => JSON.stringify({ event_id: id, message: 'm' });
    // three chunks: two lines, a line cut in two, the rest
    const text = `${event('a')}\n${event('b')}\n${event('c')}\n${event('d')}\n`;
    const cut = text.indexOf('"c"');
    const chunks = [text.slice(0, cut), text.slice(cut, -5), text.slice(-5)].map((t) => Buffer.from(t));
    const events: string[] = [];
    const seen: string[] = [];
    let waiting = false;
    const result = await validateNdjsonFile('s.ndjson', '-', {
      source: (async function* () {
        for (const chunk of chunks) {
          // no chunk is read while afterChunk has not settled
          expect(waiting).toBe(false);
          yield chunk;
        }
      })(),
      onValue: (value) => void events.push((value as { event_id: string }).event_id),
      afterChunk: async () => {
        seen.push(events.join(''));
        waiting = true;
        await new Promise((done) => setTimeout(done, 5));
        waiting = false;
      },
    });
    // "c" is whole only in the second chunk; "d" ends in the third
    expect(seen).toEqual(['ab', 'abc', 'abcd']);
    expect(result.documents).toBe(4);
  });
});
