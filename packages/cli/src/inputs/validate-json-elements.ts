import {
  detectKind,
  isSentryOfflineError,
  type PayloadKind,
  type ValidationIssue,
} from '@sentry-offline/schema';
import { splitJsonElements, type ChunkSplitter } from './split-json-array.js';
import type { DocumentsValidator, ElementPlace } from './validate-input.js';

/**
 * Whether a JSON array whose first element is `first` is an export of events, to be validated and read element
 * by element like NDJSON: its first element is an API event detail (with `entries`, as `frames` reads it) or a
 * raw event. An events list of the list endpoint (summaries, no `entries`) is not: it stays one `events-list`
 * document. A kind given decides instead: `event` and `raw-event` arrays are read element by element.
 * @param first the array's first element
 * @param kind the kind the files are read as (default: detected)
 * @example
 * isEventArray({ eventID: 'a', entries: [] }); // true
 */
export function isEventArray(first: unknown, kind?: PayloadKind): boolean {
  if (kind !== undefined) return kind === 'event' || kind === 'raw-event';
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return false;
  return Array.isArray((first as { entries?: unknown }).entries) || detectKind(first).kind === 'raw-event';
}

/** Thrown by {@link createElementValidator} at the first element when the array is not one of events. */
export const NOT_EVENTS: unique symbol = Symbol('not an array of events');

/** The line and column (1-based, in characters) reached after the text read so far. */
function createCursor() {
  let line = 1;
  let column = 1;
  return {
    advance(text: string) {
      const last = text.lastIndexOf('\n');
      if (last === -1) return void (column += text.length);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++;
      column = text.length - last;
    },
    get line() {
      return line;
    },
    get column() {
      return column;
    },
  };
}

const encodingIssue = (): ValidationIssue => ({
  file: '',
  pointer: '',
  line: 1,
  column: 1,
  severity: 'error',
  keyword: 'encoding',
  message: 'bytes that are not UTF-8 in this element',
});

/**
 * Feeds a JSON array of events, chunk by chunk, to a validator one element at a time (as NDJSON feeds it lines):
 * each element is decoded and validated as its own document, its issues placed at their line and column in the
 * file and pointed to from the array (`/12/exception/values/0`). An element that is not JSON, or not UTF-8, is
 * rejected alone; an array cut short or followed by more text is a problem of the file, after its whole elements
 * have counted. Throws {@link NOT_EVENTS} at the first element when it is not an event (see {@link isEventArray}).
 * @param name the file name, for messages
 * @param validator the file's validator (layout `array`)
 * @param kind the kind the file is read as (default: detected)
 * @example
 * const validator = createDocumentsValidator(name, [], options, 'array');
 * const split = createElementValidator(name, validator);
 * split.push(bytes);
 * split.end();
 * const result = validator.finish();
 */
export function createElementValidator(
  name: string,
  validator: DocumentsValidator,
  kind?: PayloadKind,
): ChunkSplitter {
  const cursor = createCursor();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let broken = false;
  const split = splitJsonElements(name, (bytes, gap, index) => {
    cursor.advance(gap.toString('utf8').replace(/^\uFEFF/, ''));
    const place: ElementPlace = { index, line: cursor.line, column: cursor.column };
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      text = bytes.toString('utf8');
      cursor.advance(text);
      return validator.element(text, place, encodingIssue());
    }
    if (index === 0 && !isEventArray(parsedOrNull(text), kind)) throw NOT_EVENTS;
    validator.element(text, place);
    cursor.advance(text);
  });
  const guarded = (step: () => void) => {
    if (broken) return;
    try {
      step();
    } catch (error) {
      if (!isSentryOfflineError(error) || error.code !== 'cli.invalidJsonArray') throw error;
      broken = true;
      cursor.advance(String(error.details.before ?? '').replace(/^\uFEFF/, ''));
      const message = error.message.slice(name.length + 2);
      const at = { line: cursor.line, column: cursor.column };
      validator.fileIssue({ file: name, pointer: '', ...at, severity: 'error', keyword: 'syntax', message });
    }
  };
  return {
    push: (chunk) => guarded(() => split.push(chunk)),
    end: () => guarded(() => split.end()),
  };
}

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
