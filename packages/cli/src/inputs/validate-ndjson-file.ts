import type { ValidationIssue } from '@sentry-offline/schema';
import { describeFsError, isFsError } from './describe-fs-error.js';
import type { InputFile, StreamInput } from './input-file.js';
import { readChunks } from './stream-events.js';
import { splitLines } from './split-lines.js';
import { createNdjsonValidator, type InputResult, type ValidateInputOptions } from './validate-input.js';

/** NDJSON files above this size (as stored) are validated as a stream of lines, never held whole. */
export const STREAM_ABOVE = 64 << 20;

const BOM = [0xef, 0xbb, 0xbf];

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
}

/**
 * Validates a large NDJSON file (`.ndjson`, `.jsonl`, either gzip-compressed) line by line as it is read, holding
 * one chunk and one line at a time, with the same result as {@link validateInput} on its whole text: the same
 * issues at the same lines, records and documents. A line whose bytes are not UTF-8 is rejected with an
 * `encoding` issue at its line (the other lines are still validated); a UTF-16 file is refused at line 1.
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
  { onRead, source, afterChunk, ...options }: ValidateNdjsonFileOptions = {},
): Promise<InputResult & { bytes: number }> {
  const validator = createNdjsonValidator(name, [], options);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const split = splitLines((bytes, line) => {
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
  const counted = { bytes: 0 };
  let first = true;
  for await (const chunk of source
    ? counting(source, counted, onRead)
    : readChunks(path, { start: 0, counted, onRead })) {
    let bytes = chunk;
    if (first) {
      first = false;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        const issue = encodingIssue(name, 1, 'UTF-16 text: a large NDJSON file is read as UTF-8; convert it');
        return { ...createNdjsonValidator(name, [issue], options).finish(), bytes: counted.bytes };
      }
      if (BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(3);
    }
    split.push(bytes);
    if (afterChunk) await afterChunk();
  }
  split.end();
  return { ...validator.finish(), bytes: counted.bytes };
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
  options: Omit<ValidateNdjsonFileOptions, 'source'> = {},
): Promise<[InputFile, (InputResult & { bytes: number }) | undefined]> {
  try {
    return [input, await validateNdjsonFile(input.name, input.path, { ...options, source: input.source })];
  } catch (error) {
    if (!isFsError(error)) throw error;
    return [
      { status: 'unreadable', name: input.name, path: input.path, ...describeFsError(error) },
      undefined,
    ];
  }
}
