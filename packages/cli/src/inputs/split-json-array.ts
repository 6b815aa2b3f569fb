import { SentryOfflineError } from '@sentry-offline/schema';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** A push splitter: feed it chunks of bytes, it calls back with each whole element. */
export interface ChunkSplitter {
  push(chunk: Buffer): void;
  /** Call once after the last chunk: the last element is handed on, or the truncation is reported. */
  end(): void;
}

/**
 * The index just after the JSON value starting at `from` (an object, array, string or bare value), or -1 when the
 * buffer stops inside it. Only structure outside strings is looked at; strings are skipped with `indexOf`.
 */
export function scanValueEnd(buffer: Buffer, from: number): number {
  let depth = 0;
  for (let i = from; i < buffer.length; i++) {
    const c = buffer[i];
    if (c === QUOTE) {
      i = stringEnd(buffer, i);
      if (i === -1) return -1;
      if (depth === 0) return i + 1;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      if (--depth <= 0) return depth < 0 ? i : i + 1;
    } else if (depth === 0 && (c === 0x2c || isSpace(c))) return i;
  }
  return -1;
}

/** The index of the quote closing the string opened at `open`, or -1 when the buffer stops inside it. */
function stringEnd(buffer: Buffer, open: number): number {
  let quote = buffer.indexOf(QUOTE, open + 1);
  while (quote !== -1) {
    let slashes = 0;
    for (let j = quote - 1; buffer[j] === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return quote;
    quote = buffer.indexOf(QUOTE, quote + 1);
  }
  return -1;
}

/** The bytes from an element's closing brace to the start of the next element's first value: `},{"id":"`. */
function learnSeparator(buffer: Buffer, end: number): Buffer | null {
  let i = end;
  while (i < buffer.length && isSpace(buffer[i])) i++;
  if (buffer[i++] !== 0x2c) return null;
  while (i < buffer.length && isSpace(buffer[i])) i++;
  if (buffer[i++] !== 0x7b) return null;
  while (i < buffer.length && isSpace(buffer[i])) i++;
  if (buffer[i] !== QUOTE) return null;
  const close = buffer.indexOf(QUOTE, i + 1);
  if (close === -1 || buffer[close + 1] !== 0x3a) return null;
  // and the first byte of the key's value, so that `},{"id":7` (a thread) is not taken for `},{"id":"9` (an event)
  let value = close + 2;
  while (value < buffer.length && isSpace(buffer[value])) value++;
  return value < buffer.length ? Buffer.from(buffer.subarray(end - 1, value + 1)) : null;
}

/**
 * Parses one top-level JSON array element by element, holding one chunk and one element at a time: a 10 GB
 * export streams in the memory of its largest event. The first element is found by scanning its structure; the
 * bytes between it and the next (`},{"id":` or its pretty-printed form) then serve to find each next element with
 * `indexOf`, and `JSON.parse` of the slice confirms it: a slice that parses is exactly the element (JSON values
 * end where they end), and one that does not is scanned instead. So reading an array costs about what reading
 * the same events as NDJSON costs. Throws `cli.invalidJsonArray` when the text is not an array, stops inside
 * one, or holds an element that is not JSON.
 * @param name the input's name, for messages
 * @param onElement receives each parsed element and its index
 * @example
 * const split = parseJsonArray('export.json', (event) => events.push(event));
 * for await (const chunk of createReadStream('export.json')) split.push(chunk);
 * split.end();
 */
export function parseJsonArray(
  name: string,
  onElement: (value: unknown, index: number) => void,
): ChunkSplitter {
  let buffer: Buffer = Buffer.alloc(0);
  // one store, grown when needed and used again for every chunk: the unparsed rest moves to its start and the
  // chunk is copied after it (a new buffer per chunk would leave megabytes of them to the garbage collector)
  let store: Buffer = Buffer.alloc(0);
  let pos = 0; // where to look for the next element
  let offset = 0; // bytes of the input before `buffer`
  let opened = false;
  let closed = false;
  let separator: Buffer | null = null;
  let count = 0;

  const fail = (at: number, what: string, cause?: unknown): never => {
    throw new SentryOfflineError('cli.invalidJsonArray', `${name}: byte ${offset + at}: ${what}`, {
      details: { name, byte: offset + at, element: count },
      cause,
    });
  };
  const tryParse = (
    from: number,
    to: number,
  ): { ok: true; value: unknown } | { ok: false; error: unknown } => {
    try {
      return { ok: true, value: JSON.parse(buffer.toString('utf8', from, to)) as unknown };
    } catch (error) {
      return { ok: false, error };
    }
  };
  /** Hands on the element at `start` if the buffer holds all of it; returns where the next search starts, or -1. */
  const element = (start: number, last: boolean): number => {
    if (separator !== null) {
      const at = buffer.indexOf(separator, start);
      if (at !== -1) {
        const parsed = tryParse(start, at + 1);
        if (parsed.ok) {
          onElement(parsed.value, count++);
          return at + 1;
        }
      } else if (!last) return -1;
    }
    const end = scanValueEnd(buffer, start);
    if (end === -1) return last ? fail(buffer.length, 'the array is cut short') : -1;
    const parsed = tryParse(start, end);
    if (!parsed.ok)
      fail(start, `element ${count} is not JSON (${(parsed.error as Error).message})`, parsed.error);
    if (count === 0) separator = learnSeparator(buffer, end);
    onElement((parsed as { value: unknown }).value, count++);
    return end;
  };
  const drain = (last: boolean) => {
    for (;;) {
      while (pos < buffer.length && (isSpace(buffer[pos]) || (opened && buffer[pos] === 0x2c))) pos++;
      if (pos >= buffer.length) return;
      const c = buffer[pos];
      if (closed) fail(pos, 'text after the end of the array');
      if (!opened) {
        if (c === 0xef && buffer[pos + 1] === 0xbb && buffer[pos + 2] === 0xbf) pos += 3;
        else if (c !== 0x5b) fail(pos, 'not a JSON array');
        else [opened, pos] = [true, pos + 1];
        continue;
      }
      if (c === 0x5d) {
        [closed, pos] = [true, pos + 1];
        continue;
      }
      const next = element(pos, last);
      if (next === -1) return;
      pos = next;
    }
  };
  return {
    push(chunk) {
      const restLength = buffer.length - pos;
      offset += pos;
      const needed = restLength + chunk.length;
      if (needed > store.length) {
        const bigger = Buffer.allocUnsafe(Math.max(needed, 2 * store.length));
        buffer.copy(bigger, 0, pos);
        store = bigger;
      } else buffer.copy(store, 0, pos); // the rest moves to the start (copy handles the overlap)
      // a copy of the chunk: the caller may read its next chunk into the same buffer
      chunk.copy(store, restLength);
      buffer = store.subarray(0, needed);
      pos = 0;
      drain(false);
    },
    end() {
      drain(true);
      if (!closed) fail(buffer.length, opened ? 'the array is cut short' : 'not a JSON array (no data)');
    },
  };
}

/**
 * Splits one top-level JSON array into its elements' bytes, holding one chunk and one element at a time, without
 * parsing them: the structure is scanned (strings skipped with `indexOf`), so an element that is not valid JSON
 * inside (a trailing comma, `NaN`) is still handed on whole, for its consumer to reject alone. With each element
 * come the bytes before it since the last one (`[`, commas, white space), so that the consumer can tell the line
 * and column where each element starts. Throws `cli.invalidJsonArray` (with the byte) when the text is not an
 * array, stops inside one, or goes on after it.
 * @param name the input's name, for messages
 * @param onElement receives each element's bytes and the bytes before it (views, valid during the call only),
 *   and its index
 * @example
 * const split = splitJsonElements('export.json', (bytes, gap, index) => check(bytes.toString(), index));
 * for await (const chunk of createReadStream('export.json')) split.push(chunk);
 * split.end();
 */
export function splitJsonElements(
  name: string,
  onElement: (element: Buffer, gap: Buffer, index: number) => void,
): ChunkSplitter {
  let buffer: Buffer = Buffer.alloc(0);
  let pos = 0; // where the next element's search starts
  let gapStart = 0; // the first byte not yet handed on (in an element or a gap)
  let offset = 0; // bytes of the input before `buffer`
  let opened = false;
  let closed = false;
  let count = 0;
  // `before`: the text between the last byte handed on and where the trouble starts, to place it by line
  const fail = (at: number, what: string): never => {
    const before = buffer.toString('utf8', gapStart, Math.max(gapStart, Math.min(pos, at)));
    throw new SentryOfflineError('cli.invalidJsonArray', `${name}: byte ${offset + at}: ${what}`, {
      details: { name, byte: offset + at, element: count, before },
    });
  };
  const skippable = (c: number) => isSpace(c) || (opened && !closed && c === 0x2c);
  /** Steps over white space and, inside the array, commas; then over `[` or `]`. False at the buffer's end. */
  const skip = (): boolean => {
    for (;;) {
      while (pos < buffer.length && skippable(buffer[pos])) pos++;
      if (pos >= buffer.length) return false;
      const c = buffer[pos];
      if (closed) fail(pos, 'text after the end of the array');
      if (opened && c !== 0x5d) return true;
      if (opened) closed = true;
      else if (c === 0xef && buffer[pos + 1] === 0xbb && buffer[pos + 2] === 0xbf) pos += 2;
      else if (c !== 0x5b) fail(pos, 'not a JSON array');
      else opened = true;
      pos++;
    }
  };
  const drain = (last: boolean) => {
    while (skip()) {
      const end = scanValueEnd(buffer, pos);
      if (end === -1) return last ? fail(buffer.length, 'the array is cut short') : undefined;
      // a closing bracket where an element should start (`[{…}}]`): no element can be cut from here
      if (end === pos) fail(pos, `"${String.fromCharCode(buffer[pos])}" where an element should start`);
      onElement(buffer.subarray(pos, end), buffer.subarray(gapStart, pos), count++);
      gapStart = pos = end;
    }
  };
  return {
    push(chunk) {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      drain(false);
      // a copy of what was not handed on: the caller may read its next chunk into this one's memory
      offset += gapStart;
      pos -= gapStart;
      buffer = Buffer.from(buffer.subarray(gapStart));
      gapStart = 0;
    },
    end() {
      drain(true);
      if (!closed) fail(buffer.length, opened ? 'the array is cut short' : 'not a JSON array (no data)');
    },
  };
}
