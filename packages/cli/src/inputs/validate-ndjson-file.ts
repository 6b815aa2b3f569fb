import type { ValidationIssue } from '@sentry-offline/schema';
import { describeFsError, isFsError } from './describe-fs-error.js';
import type { InputFile, StreamInput } from './input-file.js';
import { readChunks } from './stream-events.js';
import type { ChunkSplitter } from './split-json-array.js';
import { splitLines } from './split-lines.js';
import {
  createDocumentsValidator,
  type DocumentsValidator,
  type InputResult,
  type ValidateInputOptions,
} from './validate-input.js';
import { createElementValidator, NOT_EVENTS } from './validate-json-elements.js';

/**
 * NDJSON files and JSON arrays of events above this size (as stored, or inflated) are validated as a stream of
 * lines or elements, never held whole.
 */
export const STREAM_ABOVE = 64 << 20;

const BOM = [0xef, 0xbb, 0xbf];

/** Whether a file's first bytes are a UTF-16 byte-order mark. */
const isUtf16 = (bytes: Buffer) =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

function encodingIssue(name: string, line: number, message: string): ValidationIssue {
  return { file: name, pointer: '', line, column: 1, severity: 'error', keyword: 'encoding', message };
}

/** Options of {@link validateNdjsonFile}. */
export interface ValidateNdjsonFileOptions extends ValidateInputOptions {
  /** Called with the size of each chunk read, for progress (default none). */
  onRead?: (bytes: number) => void;
  /** Standard input's chunks, as `readInputs` leaves them to stream (default none: the file is read). */
  source?: AsyncIterable<Buffer>;
  /**
   * Awaited after the lines of each chunk were handed to `onValue` (default none): a consumer that writes what
   * it was given holds the reading back until its output has taken it, and may throw to stop.
   */
  afterChunk?: () => Promise<void>;
  /** `ndjson` (default), or `json`: a JSON array of events, validated element by element. */
  layout?: StreamInput['format'];
}

/**
 * Validates a large NDJSON file (`.ndjson`, `.jsonl`, either gzip-compressed) line by line as it is read, holding
 * one chunk and one line at a time, with the same result as {@link validateInput} on its whole text: the same
 * issues at the same lines, records and documents. A line whose bytes are not UTF-8 is rejected with an
 * `encoding` issue at its line (the other lines are still validated); a UTF-16 file is refused at line 1. With
 * `layout: 'json'`, a JSON array of events is validated element by element the same way (issues at their line,
 * column and pointer, as `validateInput` gives them for the array read whole).
 * @param name the file name in issues
 * @param path the file
 * @param options kind (default detected), strict (default `false`), onValue (default: keep values; give one for
 *   files of millions of lines), onRead, source, afterChunk (see {@link ValidateNdjsonFileOptions})
 * @example
 * const result = await validateNdjsonFile('june.ndjson', '/exports/june.ndjson', { onValue: () => {} });
 */
export async function validateNdjsonFile(
  name: string,
  path: string,
  { onRead, source, afterChunk, layout = 'ndjson', ...options }: ValidateNdjsonFileOptions = {},
): Promise<InputResult & { bytes: number }> {
  const documents = layout === 'json' ? 'array' : 'ndjson';
  const validator = createDocumentsValidator(name, [], options, documents);
  const split =
    layout === 'json'
      ? createElementValidator(name, validator, options.kind)
      : lineValidator(name, validator);
  const counted = { bytes: 0 };
  let first = true;
  try {
    for await (const chunk of source
      ? counting(source, counted, onRead)
      : readChunks(path, { start: 0, counted, onRead })) {
      let bytes = chunk;
      if (first) {
        first = false;
        if (isUtf16(bytes)) {
          const what = layout === 'json' ? 'JSON array' : 'NDJSON file';
          const issue = encodingIssue(name, 1, `UTF-16 text: a large ${what} is read as UTF-8; convert it`);
          const refused = createDocumentsValidator(name, [issue], options, documents);
          return { ...refused.finish(), bytes: counted.bytes };
        }
        // the element splitter steps over a byte-order mark itself
        if (layout === 'ndjson' && BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(3);
      }
      split.push(bytes);
      if (afterChunk) await afterChunk();
    }
    split.end();
  } catch (error) {
    if (error !== NOT_EVENTS) throw error;
    validator.fileIssue(notEvents(name, options.kind));
  }
  return { ...validator.finish(), bytes: counted.bytes };
}

/** The issue of a streamed JSON array whose elements are not events (a kind given that is not an event kind). */
function notEvents(name: string, kind: string | undefined): ValidationIssue {
  const message =
    `a JSON array over 64 MiB is read element by element, as events; --kind ${kind ?? '(detected)'} ` +
    'cannot be read that way: save it as NDJSON, or split it';
  return { file: name, pointer: '', line: 1, column: 1, severity: 'error', keyword: 'kind', message };
}

/** A splitter of NDJSON lines that hands each, decoded, to the validator. */
function lineValidator(name: string, validator: DocumentsValidator): ChunkSplitter {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return splitLines((bytes, line) => {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      const lenient = bytes.toString('utf8');
      return validator.line(
        lenient,
        line,
        encodingIssue(name, line, 'bytes that are not UTF-8 on this line'),
      );
    }
    validator.line(text.endsWith('\r') ? text.slice(0, -1) : text, line);
  });
}

/** A stream's chunks, counted as they pass. */
async function* counting(
  source: AsyncIterable<Buffer>,
  counted: { bytes: number },
  onRead?: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    counted.bytes += chunk.length;
    onRead?.(chunk.length);
    yield chunk;
  }
}

/**
 * A streamed input validated by {@link validateNdjsonFile}; when the file cannot be read to the end it becomes an
 * unreadable input with its reason, and any other error is thrown.
 * @param input the input `readInputs` left to stream
 * @param options as for {@link validateNdjsonFile}
 * @example
 * const [file, result] = await validateStreamInput(input, { onValue: (value) => aggregator.add(value) });
 */
export async function validateStreamInput(
  input: StreamInput,
  options: Omit<ValidateNdjsonFileOptions, 'source' | 'layout'> = {},
): Promise<[InputFile, (InputResult & { bytes: number }) | undefined]> {
  try {
    const streamed = { ...options, source: input.source, layout: input.format };
    return [input, await validateNdjsonFile(input.name, input.path, streamed)];
  } catch (error) {
    if (!isFsError(error)) throw error;
    return [
      { status: 'unreadable', name: input.name, path: input.path, ...describeFsError(error) },
      undefined,
    ];
  }
}
