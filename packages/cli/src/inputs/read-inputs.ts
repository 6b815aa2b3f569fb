import { closeSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { constants as zlib, gunzipSync } from 'node:zlib';
import fg from 'fast-glob';
import { entryPath } from '../util/entry-path.js';
import { isGzipMagic } from '../util/is-gzip-magic.js';
import { decodeBytes } from './decode-bytes.js';
import { sourceChunks } from './stream-events.js';
import { describeFsError } from './describe-fs-error.js';
import { detectFormat, formatFromName, headIsNdjson } from './detect-format.js';
import { STDIN_PATH, type InputFile, type SkippedInput, type StreamInput } from './input-file.js';
import { splitJsonElements } from './split-json-array.js';
import { isEventArray } from './validate-json-elements.js';
import { walkFolder, type FoundFile, type WalkEntry } from './walk-folder.js';

/** Options of {@link readInputs}. */
export interface ReadInputsOptions {
  /** Folder that relative paths and globs are resolved against. */
  cwd: string;
  /** Read for the argument `-` (default: none; `-` is then unreadable). */
  stdin?: AsyncIterable<string | Uint8Array>;
  /**
   * NDJSON files (by name, or a `.json` file whose head is NDJSON; gzip or not), and `.json` files of a JSON array
   * of events (`format: 'json'`), larger than this many bytes once inflated are not read but given as
   * `status: 'stream'`, for the command to stream (default: none; every file is read whole).
   */
  streamAbove?: number;
  /**
   * With `streamAbove`, standard input too: once more than that many bytes (inflated) have come and they are
   * NDJSON, it is given as `status: 'stream'` with its `source` (default `false`: read whole, for a command that
   * reads its inputs twice).
   */
  streamStdin?: boolean;
}

/** The stdin name in messages and results. */
export const STDIN_NAME = '<stdin>';

async function* expandGlob(pattern: string, cwd: string): AsyncGenerator<WalkEntry> {
  let matches: string[];
  try {
    matches = await fg(pattern, { cwd, onlyFiles: true, followSymbolicLinks: true });
  } catch (error) {
    const { code, reason } = describeFsError(error);
    yield { status: 'unreadable', name: pattern, path: null, code, reason: `the glob failed: ${reason}` };
    return;
  }
  if (matches.length === 0) {
    yield {
      status: 'unreadable',
      name: pattern,
      path: null,
      code: 'noMatch',
      reason: 'the glob matched no files',
    };
    return;
  }
  matches.sort();
  // each match's folder resolved once, its path built by concatenation (see entryPath)
  const folders = new Map<string, string>();
  for (const match of matches) {
    const folder = dirname(match);
    let resolved = folders.get(folder);
    if (resolved === undefined) folders.set(folder, (resolved = resolve(cwd, folder)));
    const entry = basename(match);
    yield {
      status: 'found',
      name: match,
      path: entryPath(resolved, entry),
      found: { folder: resolved, entry, real: false },
    };
  }
}

async function* expandArgument(arg: string, cwd: string): AsyncGenerator<WalkEntry> {
  const path = resolve(cwd, arg);
  const name = isAbsolute(arg) ? arg : relative(cwd, path) || '.';
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    if (fg.isDynamicPattern(arg)) yield* expandGlob(arg, cwd);
    else yield { status: 'unreadable', name: arg, path, ...describeFsError(error) };
    return;
  }
  if (!isDirectory) {
    yield { status: 'found', name, path };
    return;
  }
  let entries = 0;
  for await (const entry of walkFolder(path, name)) {
    entries++;
    yield entry;
  }
  if (entries === 0)
    yield { status: 'unreadable', name, path, code: 'emptyFolder', reason: 'the folder is empty' };
}

/**
 * A file's bytes as `readInputs` gives them: decoded (gzip inflated, UTF-16 and byte-order marks handled) and
 * laid out (JSON, NDJSON or CSV), or unreadable with the reason.
 * @param name the name shown in messages
 * @param path the file (null for stdin)
 * @param bytes its bytes as stored
 * @example
 * const input = await decodeInput('june.json', path, readFileSync(path));
 */
export async function decodeInput(name: string, path: string | null, bytes: Uint8Array): Promise<InputFile> {
  const decoded = await decodeBytes(name, bytes);
  if (!decoded.ok && decoded.code === 'tooLarge' && path === null) {
    // standard input has no file to split: saved to a file, NDJSON of any size is read a line at a time
    const mb = Math.round(bytes.length / 1e6);
    const reason = `${mb} MB is too large to hold as one JavaScript string: save it to a file and name the file`;
    return { status: 'unreadable', name, path, code: decoded.code, reason };
  }
  if (!decoded.ok) return { status: 'unreadable', name, path, code: decoded.code, reason: decoded.reason };
  const { text, issues } = decoded;
  return { status: 'read', name, path, format: detectFormat(name, text), text, bytes: bytes.length, issues };
}

/**
 * The files read so far: the names read in each real folder (a name per file, not a whole real path: a folder of
 * 1M files would hold a real path of ~100 bytes for each), and the folders' real paths, each resolved once.
 */
interface Seen {
  files: Map<string, Set<string>>;
  folders: Map<string, string>;
}

const emptySeen = (): Seen => ({ files: new Map(), folders: new Map() });

/**
 * A file's real folder and its name there: its folder's real path (resolved once a folder) and its own name,
 * unless the file is itself a link. Synchronous: a glob's 100k matches each through an awaited `realpath` took
 * 6 s to list. The system calls get a path of their own, so that the file's `path`, kept by the caller, is not
 * flattened into a copy of ~100 bytes. Throws what `lstat` and `realpath` throw.
 */
function realPlaceOf(
  { folder, entry, real }: NonNullable<FoundFile['found']>,
  folders: Map<string, string>,
): { folder: string; entry: string } {
  if (real) return { folder, entry };
  const path = entryPath(folder, entry);
  if (lstatSync(path).isSymbolicLink()) {
    const target = realpathSync(path);
    return { folder: dirname(target), entry: basename(target) };
  }
  let realFolder = folders.get(folder);
  if (realFolder === undefined) folders.set(folder, (realFolder = realpathSync(folder)));
  return { folder: realFolder, entry };
}

/**
 * Null for a file seen for the first time (now remembered in `seen`), or its skipped entry when it was already
 * named (by its real path: a symlink or `./a.json` is the same file). Throws what `lstat` and `realpath` throw.
 */
function alreadySeen({ name, path, found }: FoundFile, seen: Seen): SkippedInput | null {
  const place = found ?? { folder: dirname(path), entry: basename(path), real: false };
  const { folder, entry } = realPlaceOf(place, seen.folders);
  let names = seen.files.get(folder);
  if (names === undefined) seen.files.set(folder, (names = new Set()));
  if (names.has(entry))
    return { status: 'skipped', name, path, reason: 'already read (named more than once)' };
  names.add(entry);
  return null;
}

/** How much of a file's head {@link streamSize} looks at to tell NDJSON in a `.json` file. */
const HEAD_BYTES = 1 << 20;

/** How much of a gzip file {@link startsAsNdjson} inflates to see its head (text compresses 5–20×). */
const GZIP_HEAD_BYTES = 1 << 17;

/** Up to `length` bytes of an open file from `position`. */
function readAt(fd: number, length: number, position: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  return bytes.subarray(0, readSync(fd, bytes, 0, length, position));
}

/** A file's head (gzip inflated), or null when it is not gzip after all (read whole: decoding says so). */
function headOf(fd: number, gzip: boolean): Buffer | null {
  const head = readAt(fd, gzip ? GZIP_HEAD_BYTES : HEAD_BYTES, 0);
  try {
    // a sync flush inflates what the partial stream holds instead of failing at its cut-off end
    return gzip ? gunzipSync(head, { finishFlush: zlib.Z_SYNC_FLUSH }).subarray(0, HEAD_BYTES) : head;
  } catch {
    return null;
  }
}

/**
 * The size a file will have once inflated: for gzip, the trailer's ISIZE (the size mod 2^32 of the last member),
 * at least the stored size (a trailer that wrapped past 4 GiB, or several members); otherwise the stored size.
 */
function inflatedSize(fd: number, size: number, gzip: boolean): number {
  if (!gzip || size < 18) return size;
  return Math.max(size, readAt(fd, 4, size - 4).readUInt32LE(0));
}

/** Whether a head of text opens a JSON array whose first element, whole in the head, is an event. */
function opensEventArray(head: Buffer): boolean {
  let first: unknown = undefined;
  try {
    splitJsonElements('', (bytes) => {
      first = JSON.parse(bytes.toString('utf8'));
      throw STOP;
    }).push(head);
  } catch (error) {
    if (error !== STOP) return false;
  }
  return first !== undefined && isEventArray(first);
}

const STOP = Symbol('stop');

/**
 * How to stream a file (null to read it whole): NDJSON by name, or a `.json` file that holds NDJSON (as
 * `detectFormat` decides on smaller files) or a JSON array of events (see `isEventArray`), larger than
 * `streamAbove` once inflated (gzip or not). Stat'ed and read synchronously: a few microseconds, where an awaited
 * call is a trip through libuv's thread pool.
 */
function streamLayout(name: string, path: string, streamAbove: number): StreamLayout | null {
  const format = formatFromName(name);
  if (format !== 'ndjson' && format !== 'json') return null;
  const { size } = statSync(path);
  if (size <= streamAbove && !/\.gz$/i.test(name)) return null;
  const fd = openSync(path, 'r');
  try {
    const gzip = isGzipMagic(readAt(fd, 2, 0));
    if (inflatedSize(fd, size, gzip) <= streamAbove) return null;
    if (format === 'ndjson') return { size, format };
    const head = headOf(fd, gzip);
    if (head === null) return null;
    if (headIsNdjson(head)) return { size, format: 'ndjson' };
    return opensEventArray(head) ? { size, format: 'json' } : null;
  } finally {
    closeSync(fd);
  }
}

interface StreamLayout {
  size: number;
  format: StreamInput['format'];
}

async function readFound(found: FoundFile, seen: Seen, streamAbove: number | undefined): Promise<InputFile> {
  const { name, path } = found;
  let bytes: Uint8Array;
  try {
    const skipped = alreadySeen(found, seen);
    if (skipped) return skipped;
    if (streamAbove !== undefined) {
      const layout = streamLayout(name, path, streamAbove);
      if (layout !== null) return { status: 'stream', name, path, format: layout.format, bytes: layout.size };
    }
    // read synchronously: four trips through libuv's thread pool per file (open, stat, read, close) left the
    // process idle half the time on a folder of small files (10k event files: validate 4.4 → 1.3 s)
    bytes = readFileSync(path);
  } catch (error) {
    const { code, reason } = describeFsError(error);
    const vanished = code === 'ENOENT' ? ' (it was there when the arguments were expanded)' : '';
    return { status: 'unreadable', name, path, code, reason: reason + vanished };
  }
  return decodeInput(name, path, bytes);
}

/** The rest of a stream after the chunks already taken from it. */
async function* resumed(taken: Uint8Array[], rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* taken.splice(0) as Buffer[];
  for (let step = await rest.next(); step.done !== true; step = await rest.next()) yield step.value;
}

/**
 * Standard input, read whole; or, with `streamAbove`, inflated as it comes, and once more than that many bytes
 * have come and they start as NDJSON or as a JSON array of events, left to stream with those bytes first.
 */
async function readStdin(
  stdin: AsyncIterable<string | Uint8Array> | undefined,
  streamAbove: number | undefined,
): Promise<InputFile> {
  if (!stdin) {
    const reason = 'no standard input to read';
    return { status: 'unreadable', name: STDIN_NAME, path: null, code: 'stdinUnavailable', reason };
  }
  const chunks: Uint8Array[] = [];
  try {
    if (streamAbove === undefined) {
      for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      return decodeInput(STDIN_NAME, null, Buffer.concat(chunks));
    }
    const inflated = sourceChunks(stdin, { bytes: 0 })[Symbol.asyncIterator]();
    let size = 0;
    for (let step = await inflated.next(); step.done !== true; step = await inflated.next()) {
      chunks.push(step.value);
      size += step.value.length;
      if (size > streamAbove && size - step.value.length <= streamAbove) {
        const head = Buffer.concat(chunks);
        const format = headIsNdjson(head) ? 'ndjson' : opensEventArray(head) ? 'json' : null;
        if (format === null) continue;
        const source = resumed(chunks, inflated);
        return { status: 'stream', name: STDIN_NAME, path: STDIN_PATH, format, bytes: 0, source };
      }
    }
  } catch (error) {
    return { status: 'unreadable', name: STDIN_NAME, path: null, ...describeFsError(error) };
  }
  return decodeInput(STDIN_NAME, null, Buffer.concat(chunks));
}

/**
 * Reads what the arguments name, one file at a time: files, folders (recursively, in name order), globs
 * (fast-glob) and `-` (standard input). Every argument ends as at least one result: read text, or unreadable
 * or skipped with a reason (a missing file, permission denied, a glob that matched nothing, a file that is not
 * data, the same file twice). Only one file's text is held at a time, so millions of files can stream through.
 * @param args paths, folders, globs or `-`, as given on the command line
 * @param options cwd, stdin (default none)
 * @example
 * for await (const input of readInputs(['fixtures', '-'], { cwd, stdin })) {
 *   if (input.status === 'read') validateText(input.name, input.text);
 * }
 */
export async function* readInputs(
  args: readonly string[],
  { cwd, stdin, streamAbove, streamStdin = false }: ReadInputsOptions,
): AsyncGenerator<InputFile, void, undefined> {
  const seen = emptySeen();
  let stdinRead = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinRead) {
        yield {
          status: 'skipped',
          name: STDIN_NAME,
          path: null,
          reason: 'already read (named more than once)',
        };
      } else {
        stdinRead = true;
        yield await readStdin(stdin, streamStdin ? streamAbove : undefined);
      }
      continue;
    }
    for await (const entry of expandArgument(arg, cwd)) {
      yield entry.status === 'found' ? await readFound(entry, seen, streamAbove) : entry;
    }
  }
}

/**
 * What the arguments name, without reading any file: the files found (each once, however often it is named) and
 * every argument or entry that is not read, with its reason, in argument order. For commands that stream their
 * files (`frames`). `-` is listed as `{ name: '<stdin>', path: '-' }` when the command can stream standard input
 * (`streamStdin: true`), once however often it is named; otherwise it is reported as unreadable.
 * @param args paths, folders or globs, as given on the command line
 * @param options cwd, streamStdin (default `false`)
 * @example
 * const { files, problems } = await listInputFiles(['exports/'], { cwd });
 */
export async function listInputFiles(
  args: readonly string[],
  { cwd, streamStdin = false }: Pick<ReadInputsOptions, 'cwd'> & { streamStdin?: boolean },
): Promise<{ files: { name: string; path: string }[]; problems: Exclude<WalkEntry, { status: 'found' }>[] }> {
  const seen = emptySeen();
  const files: { name: string; path: string }[] = [];
  const problems: Exclude<WalkEntry, { status: 'found' }>[] = [];
  let stdinListed = false;
  for (const arg of args) {
    if (arg === '-' && streamStdin && stdinListed) {
      const reason = 'already read (named more than once)';
      problems.push({ status: 'skipped', name: STDIN_NAME, path: null, reason });
    } else if (arg === '-' && streamStdin) {
      stdinListed = true;
      files.push({ name: STDIN_NAME, path: STDIN_PATH });
    } else if (arg === '-') {
      const reason = 'standard input cannot be read here: save it to a file';
      problems.push({ status: 'unreadable', name: STDIN_NAME, path: null, code: 'stdinUnavailable', reason });
    }
    if (arg === '-') continue;
    for await (const entry of expandArgument(arg, cwd)) {
      if (entry.status !== 'found') {
        problems.push(entry);
        continue;
      }
      try {
        const skipped = alreadySeen(entry, seen);
        if (skipped) problems.push(skipped);
        else files.push({ name: entry.name, path: entry.path });
      } catch (error) {
        problems.push({
          status: 'unreadable',
          name: entry.name,
          path: entry.path,
          ...describeFsError(error),
        });
      }
    }
  }
  return { files, problems };
}
