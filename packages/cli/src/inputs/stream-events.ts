import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { SentryOfflineError } from '@sentry-offline/schema';
import { isGzipMagic } from '../util/is-gzip-magic.js';
import { detectFormat, formatFromName, headIsNdjson } from './detect-format.js';
import { parseJsonArray, type ChunkSplitter } from './split-json-array.js';
import { splitLines } from './split-lines.js';

/** Where an event was in its file: the NDJSON line, or the index in a JSON array (0 for a single document). */
export interface EventPlace {
  name: string;
  line: number | null;
  index: number;
  /** True for an element of a JSON array. */
  element?: boolean;
}

/**
 * `name:line` for a line of NDJSON, `name[index]` for an element of a JSON array, `name` for a document.
 * @param place where the event was
 * @param lineOffset added to the line (the lines of the byte ranges before this one; default `0`)
 * @example
 * describePlace({ name: 'a.ndjson', line: 12, index: 11 }); // 'a.ndjson:12'
 */
export const describePlace = ({ name, line, index, element }: EventPlace, lineOffset = 0): string =>
  line !== null ? `${name}:${line + lineOffset}` : element === true || index > 0 ? `${name}[${index}]` : name;

/** Options of {@link streamEvents}. */
export interface StreamEventsOptions {
  /** The name in messages (default: the path). */
  name?: string;
  /** First byte to read, at a line start (NDJSON only; default `0`). */
  start?: number;
  /** Byte after the last one to read, at a line start (NDJSON only; default: the end of the file). */
  end?: number;
  /** Called with the size of each chunk read from disk, for progress (default none). */
  onRead?: (bytes: number) => void;
  /** Called for a document that is not JSON, instead of throwing `cli.invalidJson` (default: throw). */
  onInvalid?: (place: EventPlace, error: SentryOfflineError) => void;
  /**
   * Stops the reading once aborted (by `onEvent`, when it has what it looked for): no event is handed on after
   * it, the file is closed and the rest is not read (default: read to the end).
   */
  signal?: AbortSignal;
  /**
   * The bytes to read instead of the file's (standard input): `path` is then only a name; gzip is told by its
   * magic bytes (default: the file).
   */
  source?: AsyncIterable<string | Uint8Array>;
}

/** What {@link streamEvents} read. */
export interface StreamEventsResult {
  events: number;
  /** Bytes read from disk (compressed size for gzip). */
  bytes: number;
  /**
   * NDJSON lines read (blank ones included; 0 for a JSON array or document): for a byte range, how far the line
   * numbers of the ranges after it are shifted, as each range counts its lines from 1.
   */
  lines: number;
  format: 'ndjson' | 'array' | 'json';
}

const CHUNK = 1 << 22;

function isGzip(path: string, first: Buffer | undefined): boolean {
  return /\.gz$/i.test(path) || (first !== undefined && isGzipMagic(first));
}

// the last read's two buffers, for the next: a thread that reads many byte ranges or files in turn allocates
// them once (4 MiB buffers per task brought the garbage collector's full collections on, for external memory)
let spareBuffers: Buffer[] | null = null;

/**
 * An uncompressed file's bytes from `start` to `end`, read into two buffers in turn: the next chunk is read (on
 * libuv's thread pool) while the consumer works on this one, so the thread never waits for the disk or the page
 * cache (a single buffer left the main thread idle 12 % of a 100k-event run). The consumer must copy what it
 * keeps before it asks for the next chunk but one (splitLines copies the straddling line at once), and memory
 * stays at two chunks, where a read stream leaves each chunk to the garbage collector (tens of MiB of buffers
 * waiting at any time).
 */
async function* readReused(
  path: string,
  start: number,
  end: number | undefined,
  counted: { bytes: number },
  onRead?: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  // taken, not shared: two reads at once (a worker's two tasks) each have their own
  const buffers = spareBuffers ?? [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  spareBuffers = null;
  const read = async (buffer: Buffer, pos: number): Promise<number> => {
    const want = end === undefined ? buffer.length : Math.min(buffer.length, end - pos);
    return want > 0 ? (await handle.read(buffer, 0, want, pos)).bytesRead : 0;
  };
  let pending: Promise<number> | null = read(buffers[0], start);
  try {
    for (let pos = start, turn = 0; ; turn ^= 1) {
      const bytesRead: number = await pending!;
      pending = null;
      if (bytesRead === 0) return;
      pos += bytesRead;
      counted.bytes += bytesRead;
      onRead?.(bytesRead);
      pending = read(buffers[turn ^ 1], pos);
      yield buffers[turn].subarray(0, bytesRead);
    }
  } finally {
    // a consumer that stops early leaves a read in flight: it ends before the file is closed
    await pending?.catch(() => {});
    await handle.close();
    spareBuffers = buffers;
  }
}

/** A gzip file's inflated bytes as a stream of chunks; `counted` counts the compressed bytes read from disk. */
function inflateChunks(
  path: string,
  counted: { bytes: number },
  onRead?: (bytes: number) => void,
): AsyncIterable<Buffer> {
  const file = createReadStream(path, { highWaterMark: CHUNK });
  file.on('data', (chunk: Buffer | string) => {
    counted.bytes += chunk.length;
    onRead?.(chunk.length);
  });
  const inflated = file.pipe(createGunzip({ chunkSize: 1 << 18 }));
  // a consumer that stops early destroys the inflating stream: the file is closed with it
  inflated.on('close', () => file.destroy());
  return inflated;
}

const toBuffer = (chunk: string | Uint8Array): Buffer =>
  typeof chunk === 'string'
    ? Buffer.from(chunk)
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/**
 * A stream of bytes (standard input) as chunks, inflated on the fly when it starts with gzip's magic bytes;
 * `counted` counts the bytes as they come (compressed for gzip).
 */
export async function* sourceChunks(
  source: AsyncIterable<string | Uint8Array>,
  counted: { bytes: number },
  onRead?: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  const next = async (): Promise<Buffer | null> => {
    const step = await iterator.next();
    if (step.done === true) return null;
    const chunk = toBuffer(step.value);
    counted.bytes += chunk.length;
    onRead?.(chunk.length);
    return chunk;
  };
  // enough of the start to see gzip's two magic bytes (a pipe may hand over less)
  let head = Buffer.alloc(0);
  for (let chunk = await next(); chunk !== null; chunk = head.length < 2 ? await next() : null)
    head = Buffer.concat([head, chunk]);
  async function* raw(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    for (let chunk = await next(); chunk !== null; chunk = await next()) yield chunk;
  }
  if (!isGzipMagic(head)) return yield* raw();
  yield* Readable.from(raw()).pipe(createGunzip({ chunkSize: 1 << 18 })) as AsyncIterable<Buffer>;
}

/** Whether a file starts with gzip's magic bytes (whatever its name). */
function startsGzip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const magic = Buffer.alloc(2);
    return isGzipMagic(magic.subarray(0, readSync(fd, magic, 0, 2, 0)));
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's bytes as chunks: gzip (by its `.gz` name or its magic bytes) inflated on the fly; anything else read
 * into one reused buffer (its consumers copy what they keep: splitLines the straddling line, parseJsonArray the
 * unparsed rest, a single document its chunks). A byte range (`start` > 0) is never gzip.
 */
export function readChunks(
  path: string,
  {
    start,
    end,
    counted,
    onRead,
  }: { start: number; end?: number; counted: { bytes: number }; onRead?: (n: number) => void },
): AsyncIterable<Buffer> {
  return start === 0 && (/\.gz$/i.test(path) || startsGzip(path))
    ? inflateChunks(path, counted, onRead)
    : readReused(path, start, end, counted, onRead);
}

function firstSignificant(chunk: Buffer): number {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xef && c !== 0xbb && c !== 0xbf)
      return c;
  }
  return -1;
}

type Hand = (value: unknown, place: EventPlace) => void;

/** Thrown through the splitters once `signal` is aborted, and caught by {@link streamEvents}. */
const STOP = Symbol('stop');

/** `JSON.parse` of one document's bytes, handed on, or its error thrown or handed to `onInvalid`. */
function createParser(name: string, hand: Hand, onInvalid: StreamEventsOptions['onInvalid']) {
  return (bytes: Buffer, line: number | null, index: number): void => {
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch (cause) {
      const where = line === null ? `element ${index}` : `line ${line}`;
      const error = new SentryOfflineError(
        'cli.invalidJson',
        `${name}: ${where}: ${(cause as Error).message}`,
        {
          details: { name, line, index },
          cause,
        },
      );
      if (!onInvalid) throw error;
      return onInvalid({ name, line, index }, error);
    }
    hand(value, { name, line, index });
  };
}

/** The first chunk of a file without its UTF-8 byte-order mark. */
function withoutBom(chunk: Buffer, start: number): Buffer {
  return start === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf
    ? chunk.subarray(3)
    : chunk;
}

type LineCountingSplitter = ChunkSplitter & { readonly lines: number };

/** How a streamed file is read: line by line, element by element, or whole (one document). */
type Layout = 'ndjson' | 'array' | 'whole';

/**
 * How to read a file, from its first chunk: NDJSON by name (or a byte range), NDJSON found in a `.json` file by
 * its head (a whole first line with more after it, as `detectFormat` decides on whole texts and `readInputs` on a
 * large file's head: so a large `.json.gz` export of NDJSON streams too, and lines that are arrays are lines), a
 * JSON array, else one document, read whole.
 */
function layoutOf(first: Buffer, ndjsonByName: boolean): Layout {
  if (ndjsonByName || headIsNdjson(first)) return 'ndjson';
  return firstSignificant(first) === 0x5b ? 'array' : 'whole';
}

/** What an empty file holds: no line, read as NDJSON. */
const EMPTY = { format: 'ndjson', lines: 0 } as const;

/** The splitter of a streamed file: NDJSON's lines, or a JSON array's elements (which have no line). */
function createSplitter(
  ndjson: boolean,
  name: string,
  parse: ReturnType<typeof createParser>,
  hand: Hand,
): LineCountingSplitter {
  let index = 0;
  if (ndjson) return splitLines((bytes, line) => parse(bytes, line, index++));
  const elements = parseJsonArray(name, (value, i) =>
    hand(value, { name, line: null, index: i, element: true }),
  );
  return { push: (chunk) => elements.push(chunk), end: () => elements.end(), lines: 0 };
}

/** How far {@link feed} got: the splitter the layout needs, or the chunks of a file read whole. */
interface Fed {
  splitter: LineCountingSplitter | null;
  layout: Layout;
  whole: Buffer[];
}

const formatOf = ({ splitter, layout }: Fed): StreamEventsResult['format'] =>
  splitter === null ? 'json' : layout === 'ndjson' ? 'ndjson' : 'array';

/**
 * Whether a file's layout can be told from its first bytes: NDJSON by name, or a first line with something after
 * it, or a whole chunk's worth (a pipe hands over 64 KiB at a time, a file read 4 MiB).
 */
function layoutKnown(head: Buffer, byName: boolean): boolean {
  if (byName || head.length >= CHUNK) return true;
  const newline = head.indexOf(10);
  if (newline === -1) return false;
  for (let i = newline + 1; i < head.length; i++) if (head[i] > 0x20) return true;
  return false;
}

/** Hands each chunk to the splitter its layout (told from the first bytes) needs, or keeps it to read whole. */
async function feed(
  chunks: AsyncIterable<Buffer>,
  fed: Fed,
  { start, byName }: { start: number; byName: boolean },
  createFor: (ndjson: boolean) => LineCountingSplitter,
): Promise<void> {
  // the first bytes, copied and kept while they are too few to tell the layout from
  let head: Buffer | null = null;
  const begin = (bytes: Buffer) => {
    fed.layout = layoutOf(withoutBom(bytes, start), byName);
    if (fed.layout === 'whole') fed.whole.push(Buffer.from(bytes));
    else {
      fed.splitter = createFor(fed.layout === 'ndjson');
      fed.splitter.push(withoutBom(bytes, start));
    }
  };
  for await (const chunk of chunks) {
    if (fed.splitter !== null) fed.splitter.push(chunk);
    else if (fed.whole.length > 0) fed.whole.push(Buffer.from(chunk));
    else {
      const bytes: Buffer = head === null ? chunk : Buffer.concat([head, chunk]);
      head = layoutKnown(bytes, byName) ? null : Buffer.from(bytes);
      if (head === null) begin(bytes);
    }
  }
  if (head !== null) begin(head);
}

/** One document, or NDJSON in a .json file (then its lines): decided on the text, as the other commands do. */
function readWhole(
  name: string,
  whole: Buffer[],
  parse: ReturnType<typeof createParser>,
): { format: 'ndjson' | 'json'; lines: number } {
  const text = Buffer.concat(whole)
    .toString('utf8')
    .replace(/^\ufeff/, '');
  if (detectFormat(name, text) !== 'ndjson') {
    parse(Buffer.from(text), null, 0);
    return { format: 'json', lines: 0 };
  }
  let index = 0;
  const split = splitLines((bytes, line) => parse(bytes, line, index++));
  split.push(Buffer.from(text));
  split.end();
  return { format: 'ndjson', lines: split.lines };
}

/**
 * Reads the events of one file as a stream, whatever its layout: NDJSON (by name or content), one JSON array of
 * events (split element by element, never parsed whole), or one JSON document; gzip (`.gz`) inflated on the fly,
 * never to disk. Holds one chunk and one event at a time, so memory does not grow with the file (a single
 * document is read whole). Each event is parsed with `JSON.parse` and handed to `onEvent`.
 * @param path the file
 * @param onEvent receives each parsed event and where it was
 * @param options name (default the path), start/end byte range of an NDJSON file (default all), onInvalid
 *   (default: throw `cli.invalidJson`)
 * @example
 * const { events } = await streamEvents('export.json.gz', (event) => aggregator.add(event));
 */
export async function streamEvents(
  path: string,
  onEvent: Hand,
  { name = path, start = 0, end, onInvalid, onRead, signal, source }: StreamEventsOptions = {},
): Promise<StreamEventsResult> {
  let events = 0;
  const hand: Hand = (value, place) => {
    events++;
    onEvent(value, place);
    // aborted by onEvent: out of the splitter at once, so that nothing after this event is parsed
    if (signal?.aborted) throw STOP;
  };
  const parse = createParser(name, hand, onInvalid);
  const byName = formatFromName(path) === 'ndjson' || start > 0;
  const counted = { bytes: 0 };
  const fed: Fed = { splitter: null, layout: 'whole', whole: [] };
  const result = (lines: number, format: StreamEventsResult['format']): StreamEventsResult => ({
    events,
    bytes: counted.bytes,
    lines,
    format,
  });
  try {
    const chunks = source
      ? sourceChunks(source, counted, onRead)
      : readChunks(path, { start, end, counted, onRead });
    await feed(chunks, fed, { start, byName }, (ndjson) => createSplitter(ndjson, name, parse, hand));
    if (fed.splitter !== null) {
      fed.splitter.end();
      return result(fed.splitter.lines, formatOf(fed));
    }
    const { format, lines } = fed.whole.length > 0 ? readWhole(name, fed.whole, parse) : EMPTY;
    return result(lines, format);
  } catch (error) {
    if (error !== STOP) throw error;
    // stopped: what was read up to the event that stopped it (leaving the loop closed the file)
    return result(fed.splitter?.lines ?? 0, formatOf(fed));
  }
}

/** The bytes of a file of at most one chunk (open, fstat, read, close: no stat of its own), else null. */
function readSmall(path: string): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > CHUNK) return null;
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    for (let n = -1; read < size && n !== 0; read += n) n = readSync(fd, bytes, read, size - read, read);
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Reads a small file whole (a folder's one-event files): faster than a stream for a few kilobytes. */
export async function readEventFile(
  path: string,
  onEvent: (event: unknown, place: EventPlace) => void,
  options: StreamEventsOptions = {},
): Promise<StreamEventsResult> {
  // a large file, gzip or NDJSON is streamed; a small one is read at once, synchronously (for many small files
  // several times faster than async reads)
  if (formatFromName(path) !== 'json' || /\.gz$/i.test(path)) return streamEvents(path, onEvent, options);
  const bytes = readSmall(path);
  if (bytes === null || isGzip(path, bytes)) return streamEvents(path, onEvent, options);
  options.onRead?.(bytes.length);
  const name = options.name ?? path;
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  if (firstSignificant(bytes) === 0x5b || detectFormat(name, text) === 'ndjson')
    return streamEvents(path, onEvent, { ...options, onRead: undefined });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const error = new SentryOfflineError('cli.invalidJson', `${name}: ${(cause as Error).message}`, {
      details: { name, line: null, index: 0 },
      cause,
    });
    if (!options.onInvalid) throw error;
    options.onInvalid({ name, line: null, index: 0 }, error);
    return { events: 0, bytes: bytes.length, lines: 0, format: 'json' };
  }
  onEvent(value, { name, line: null, index: 0 });
  return { events: 1, bytes: bytes.length, lines: 0, format: 'json' };
}
