import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputFile, type ReadInputsOptions } from '../../src/index.js';
import { tempDir } from '../util/temp-dir.js';

async function collect(args: string[], options: ReadInputsOptions): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for await (const input of readInputs(args, options)) out.push(input);
  return out;
}

/** name + status (+ format or reason): enough to compare by eye. */
const brief = (inputs: InputFile[]) =>
  inputs.map((i) =>
    i.status === 'read' || i.status === 'stream'
      ? [i.name, i.status, i.format]
      : [i.name, i.status, i.status === 'skipped' ? i.reason : i.code],
  );

async function* chunks(...parts: string[]) {
  for (const part of parts) yield Buffer.from(part);
}

describe('readInputs', () => {
  it('reads a folder recursively in name order and reports every other file as skipped with its reason', async () => {
    const cwd = tempDir({
      'data/b.json': '{}',
      'data/a/z.ndjson': '{}\n{}\n',
      'data/a/y.csv': 'x\n1\n',
      'data/notes.txt': 'hello',
      'data/.git/config': 'x',
      'data/node_modules/m/package.json': '{}',
      'data/c.json.gz': gzipSync('{"a":1}'),
    });
    const inputs = await collect(['data'], { cwd });
    expect(brief(inputs)).toEqual([
      [
        'data/.git',
        'skipped',
        'a hidden folder or node_modules: not searched (name it as an argument to read it)',
      ],
      ['data/a/y.csv', 'read', 'csv'],
      ['data/a/z.ndjson', 'read', 'ndjson'],
      ['data/b.json', 'read', 'json'],
      ['data/c.json.gz', 'read', 'json'],
      [
        'data/node_modules',
        'skipped',
        'a hidden folder or node_modules: not searched (name it as an argument to read it)',
      ],
      ['data/notes.txt', 'skipped', 'not a .json, .ndjson, .jsonl or .csv file (optionally .gz)'],
    ]);
    const gz = inputs[4];
    expect(gz.status === 'read' && gz.text).toBe('{"a":1}');
  });

  it('accounts for a missing file and a glob that matched nothing, and keeps argument order', async () => {
    const cwd = tempDir({ 'one.json': '{}', 'g/x.json': '[]', 'g/y.json': '[]' });
    const inputs = await collect(['missing.json', 'g/*.json', 'nothing/*.json', 'one.json'], { cwd });
    expect(brief(inputs)).toEqual([
      ['missing.json', 'unreadable', 'ENOENT'],
      ['g/x.json', 'read', 'json'],
      ['g/y.json', 'read', 'json'],
      ['nothing/*.json', 'unreadable', 'noMatch'],
      ['one.json', 'read', 'json'],
    ]);
    expect(inputs[0]).toMatchObject({ reason: 'no such file or directory', path: join(cwd, 'missing.json') });
    expect(inputs[3]).toMatchObject({ reason: 'the glob matched no files', path: null });
  });

  it('reads a file named twice once, and says so the second time', async () => {
    const cwd = tempDir({ 'a.json': '{}' });
    const inputs = await collect(['a.json', '*.json', './a.json'], { cwd });
    expect(brief(inputs)).toEqual([
      ['a.json', 'read', 'json'],
      ['a.json', 'skipped', 'already read (named more than once)'],
      ['a.json', 'skipped', 'already read (named more than once)'],
    ]);
  });

  it('leaves NDJSON files over streamAbove bytes (gzip or not, .json holding NDJSON) to stream, and reads the rest', async () => {
    const line = '{"a":1}\n';
    const cwd = tempDir({
      'big.ndjson': line.repeat(20),
      'big.json': line.repeat(20),
      'small.jsonl': line,
      'small.json': line.repeat(2),
      // one document over streamAbove, pretty-printed or on one line: read whole
      'pretty.json': JSON.stringify({ a: Array.from({ length: 30 }, (_, i) => i) }, null, 2),
      'minified.json': `${JSON.stringify({ a: Array.from({ length: 60 }, (_, i) => i) })}\n`,
    });
    const names = ['big.ndjson', 'big.json', 'small.jsonl', 'small.json', 'pretty.json', 'minified.json'];
    const inputs = await collect(names, { cwd, streamAbove: 100 });
    expect(brief(inputs)).toEqual([
      ['big.ndjson', 'stream', 'ndjson'],
      ['big.json', 'stream', 'ndjson'],
      ['small.jsonl', 'read', 'ndjson'],
      ['small.json', 'read', 'ndjson'],
      ['pretty.json', 'read', 'json'],
      ['minified.json', 'read', 'json'],
    ]);
    expect(inputs[0]).toMatchObject({ bytes: 160, path: expect.stringMatching(/big\.ndjson$/) });
  });

  it('judges a gzip file by its inflated size (the trailer), and a .json.gz by its inflated head', async () => {
    const line = '{"a":1}\n';
    // 20 lines inflate to 160 bytes but compress to far fewer than streamAbove's 100
    const ndjson = gzipSync(line.repeat(20));
    const one = gzipSync(JSON.stringify({ a: Array.from({ length: 60 }, () => 1) }));
    expect(ndjson.length).toBeLessThan(100);
    expect(one.length).toBeLessThan(100);
    const cwd = tempDir({
      'big.ndjson.gz': ndjson,
      'big.json.gz': ndjson,
      // gzip without the name, stored over streamAbove: known by its magic bytes
      'unnamed.json': gzipSync(Array.from({ length: 200 }, (_, i) => `{"a":${i * 7919}}\n`).join('')),
      'small.ndjson.gz': gzipSync(line),
      'one.json.gz': one,
      'broken.json.gz': Buffer.from([
        0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 200,
      ]),
    });
    const names = [
      'big.ndjson.gz',
      'big.json.gz',
      'unnamed.json',
      'small.ndjson.gz',
      'one.json.gz',
      'broken.json.gz',
    ];
    const inputs = await collect(names, { cwd, streamAbove: 100 });
    expect(brief(inputs)).toEqual([
      ['big.ndjson.gz', 'stream', 'ndjson'],
      ['big.json.gz', 'stream', 'ndjson'],
      ['unnamed.json', 'stream', 'ndjson'],
      ['small.ndjson.gz', 'read', 'ndjson'],
      ['one.json.gz', 'read', 'json'],
      ['broken.json.gz', 'unreadable', 'gzip'],
    ]);
    // the size shown is the stored one, as for every other input
    expect(inputs[0]).toMatchObject({ bytes: ndjson.length });
  });

  it('knows one file behind a link to it, a linked folder and a glob, and reads it once', async () => {
    const cwd = tempDir({ 'data/a.json': '{}', 'data/b.json': '{}' });
    symlinkSync(join(cwd, 'data', 'a.json'), join(cwd, 'link-to-a.json'));
    symlinkSync(join(cwd, 'data'), join(cwd, 'linked'));
    const inputs = await collect(['data', 'link-to-a.json', 'linked/*.json', '*.json'], { cwd });
    const twice = 'already read (named more than once)';
    expect(brief(inputs)).toEqual([
      ['data/a.json', 'read', 'json'],
      ['data/b.json', 'read', 'json'],
      ['link-to-a.json', 'skipped', twice],
      ['linked/a.json', 'skipped', twice],
      ['linked/b.json', 'skipped', twice],
      ['link-to-a.json', 'skipped', twice],
    ]);
  });

  it('names the files of a folder from the folder as given: ".", "data/", an absolute path with a trailing slash', async () => {
    const cwd = tempDir({ 'data/a.json': '{}', 'data/sub/b.json': '{}' });
    const names = async (arg: string) => (await collect([arg], { cwd })).map((i) => [i.name, i.path]);
    expect(await names('.')).toEqual([
      ['data/a.json', join(cwd, 'data', 'a.json')],
      ['data/sub/b.json', join(cwd, 'data', 'sub', 'b.json')],
    ]);
    expect(await names('data/')).toEqual([
      ['data/a.json', join(cwd, 'data', 'a.json')],
      ['data/sub/b.json', join(cwd, 'data', 'sub', 'b.json')],
    ]);
    const absolute = `${join(cwd, 'data')}/`;
    expect(await names(absolute)).toEqual([
      [`${absolute}a.json`, join(cwd, 'data', 'a.json')],
      [`${absolute}sub/b.json`, join(cwd, 'data', 'sub', 'b.json')],
    ]);
  });

  it('reads an explicitly named file whatever its extension', async () => {
    const cwd = tempDir({ 'response.txt': '{"a": 1}' });
    expect(brief(await collect(['response.txt'], { cwd }))).toEqual([['response.txt', 'read', 'json']]);
  });

  it('reads stdin for -, once; a second - is skipped and no stdin is unreadable', async () => {
    const cwd = tempDir();
    const inputs = await collect(['-', '-'], { cwd, stdin: chunks('{"a":', '1}') });
    expect(brief(inputs)).toEqual([
      ['<stdin>', 'read', 'json'],
      ['<stdin>', 'skipped', 'already read (named more than once)'],
    ]);
    expect(inputs[0]).toMatchObject({ text: '{"a":1}', path: null, bytes: 7 });
    expect(brief(await collect(['-'], { cwd }))).toEqual([['<stdin>', 'unreadable', 'stdinUnavailable']]);
  });

  it('leaves large NDJSON or a JSON array of events on stdin to stream (plain or gzip), with the bytes read to tell it first', async () => {
    const cwd = tempDir();
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ event_id: String(i), n: i })).join(
      '\n',
    );
    // a pipe's small pieces: 7 bytes
    const asBytes = async function* (bytes: Buffer) {
      for (let at = 0; at < bytes.length; at += 7) yield bytes.subarray(at, at + 7);
    };
    for (const stdin of [Buffer.from(lines), gzipSync(lines)]) {
      const options = { cwd, stdin: asBytes(stdin), streamAbove: 100, streamStdin: true };
      const [input] = await collect(['-'], options);
      expect(brief([input])).toEqual([['<stdin>', 'stream', 'ndjson']]);
      const rest: Buffer[] = [];
      for await (const chunk of (input as { source: AsyncIterable<Buffer> }).source) rest.push(chunk);
      expect(Buffer.concat(rest).toString()).toBe(lines);
    }
    // a JSON array of (raw) events streams too, element by element; an array of anything else is read whole
    const events = JSON.stringify(
      Array.from({ length: 20 }, (_, i) => ({ event_id: String(i), exception: {} })),
    );
    const array = await collect(['-'], {
      cwd,
      stdin: asBytes(Buffer.from(events)),
      streamAbove: 100,
      streamStdin: true,
    });
    expect(brief(array)).toEqual([['<stdin>', 'stream', 'json']]);
    const numbers = JSON.stringify(Array.from({ length: 50 }, (_, i) => i));
    expect(
      brief(
        await collect(['-'], {
          cwd,
          stdin: asBytes(Buffer.from(numbers)),
          streamAbove: 100,
          streamStdin: true,
        }),
      ),
    ).toEqual([['<stdin>', 'read', 'json']]);
    // a JSON document, however large, and any stdin without streamStdin, are read whole
    const doc = JSON.stringify({ groups: Array.from({ length: 50 }, (_, i) => i) }, null, 2);
    expect(
      brief(
        await collect(['-'], { cwd, stdin: asBytes(Buffer.from(doc)), streamAbove: 100, streamStdin: true }),
      ),
    ).toEqual([['<stdin>', 'read', 'json']]);
    expect(
      brief(await collect(['-'], { cwd, stdin: asBytes(Buffer.from(lines)), streamAbove: 100 })),
    ).toEqual([['<stdin>', 'read', 'ndjson']]);
  });

  it('says what to do with standard input too large for one string: save it to a file', async () => {
    // 537 MB of blanks: one past the longest string V8 makes (~2 s, ~0.6 GB while it runs)
    async function* big() {
      yield Buffer.alloc(0x1fffffe8 + 16, 0x20);
    }
    const [input] = await collect(['-'], { cwd: tempDir(), stdin: big() });
    expect(input).toMatchObject({
      status: 'unreadable',
      code: 'tooLarge',
      reason: '537 MB is too large to hold as one JavaScript string: save it to a file and name the file',
    });
  }, 30_000);

  it('tells NDJSON from JSON by content on stdin and in .json files', async () => {
    const cwd = tempDir({
      'lines.json': '{"a":1}\n{"a":2}\n',
      'pretty.json': '{\n  "a": 1\n}\n',
      'one.ndjson': '{"a":1}',
    });
    const inputs = await collect(['lines.json', 'pretty.json', 'one.ndjson', '-'], {
      cwd,
      stdin: chunks('[1]\n[2]'),
    });
    expect(brief(inputs)).toEqual([
      ['lines.json', 'read', 'ndjson'],
      ['pretty.json', 'read', 'json'],
      ['one.ndjson', 'read', 'ndjson'],
      ['<stdin>', 'read', 'ndjson'],
    ]);
  });

  it('decodes UTF-16 (with and without a byte-order mark) and drops a UTF-8 byte-order mark', async () => {
    const cwd = tempDir({
      'le-bom.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]),
      'le.json': Buffer.from('{"a":2}', 'utf16le'),
      'bom.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":3}')]),
    });
    const texts = (await collect(['le-bom.json', 'le.json', 'bom.json'], { cwd })).map((i) =>
      i.status === 'read' ? [i.text, i.issues] : i.status,
    );
    expect(texts).toEqual([
      ['{"a":1}', []],
      ['{"a":2}', []],
      ['{"a":3}', []],
    ]);
  });

  it('reports bytes that are not UTF-8 as an error at their line and column', async () => {
    // line 2, column 10: the 0xff byte replaces the "x" of {"name": "x"}
    const bytes = Buffer.concat([Buffer.from('{\n"name": "'), Buffer.from([0xff]), Buffer.from('"}')]);
    const [input] = await collect(['bad.json'], { cwd: tempDir({ 'bad.json': bytes }) });
    expect(input.status === 'read' && input.issues).toEqual([
      expect.objectContaining({ line: 2, column: 10, severity: 'error', keyword: 'encoding', pointer: '' }),
    ]);
  });

  it('reports corrupt gzip and zip archives as unreadable with their reasons', async () => {
    const cwd = tempDir({
      'cut.json.gz': gzipSync('{"a": 1}').subarray(0, 12),
      'export.json': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]),
    });
    expect(brief(await collect(['cut.json.gz', 'export.json'], { cwd }))).toEqual([
      ['cut.json.gz', 'unreadable', 'gzip'],
      ['export.json', 'unreadable', 'zip'],
    ]);
  });

  it('reports a directory loop through a symlink once and does not follow it', async () => {
    const cwd = tempDir({ 'top/a.json': '{}' });
    symlinkSync(join(cwd, 'top'), join(cwd, 'top', 'loop'));
    expect(brief(await collect(['top'], { cwd }))).toEqual([
      ['top/a.json', 'read', 'json'],
      ['top/loop', 'skipped', `a directory loop through a symlink (back to ${join(cwd, 'top')})`],
    ]);
  });

  it('reports a broken symlink in a folder as unreadable', async () => {
    const cwd = tempDir({ 'd/a.json': '{}' });
    symlinkSync(join(cwd, 'gone.json'), join(cwd, 'd', 'b.json'));
    expect(brief(await collect(['d'], { cwd }))).toEqual([
      ['d/a.json', 'read', 'json'],
      ['d/b.json', 'unreadable', 'ENOENT'],
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission as unreadable', async () => {
    const cwd = tempDir({ 'locked.json': '{}' });
    chmodSync(join(cwd, 'locked.json'), 0o000);
    const [input] = await collect(['locked.json'], { cwd });
    expect(input).toMatchObject({ status: 'unreadable', code: 'EACCES', reason: 'permission denied' });
  });

  it('reports an empty folder as unreadable, so that the argument is accounted for', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'empty'));
    expect(brief(await collect(['empty'], { cwd }))).toEqual([['empty', 'unreadable', 'emptyFolder']]);
  });
});
