import { offsetToPosition } from './positions.js';
import type { ValidationIssue } from './types.js';

// TextDecoder is a global in browsers and Node; the core packages compile without DOM or Node types
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => { decode(input?: Uint8Array): string };

// V8's longest string (2^29 - 24 characters on 64-bit Node; other engines differ, the byte count is a hint)
const MAX_STRING_LENGTH = 2 ** 29 - 24;

/** The text encodings {@link decodeText} reads. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The outcome of {@link decodeText}: the text and its encoding, or one error issue saying why the bytes are not
 * clean text. For bytes in a known encoding that do not decode cleanly (keyword `encoding`), `text` is their
 * lenient decoding (U+FFFD for each bad sequence), so that a caller can still look for the text's other problems.
 */
export type DecodeTextResult =
  | { ok: true; text: string; encoding: TextEncoding; bom: boolean }
  | { ok: false; issue: ValidationIssue; text?: string };

const SIGNATURES: Array<{ bytes: number[]; keyword: string; message: string }> = [
  {
    bytes: [0x1f, 0x8b],
    keyword: 'gzip',
    message:
      'gzip-compressed data, not text: decompress it first (gunzip), or give it to the sentry-offline CLI, which does',
  },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    keyword: 'zip',
    message: 'a zip archive, not text: unzip it and pass the files inside',
  },
];

function issue(
  file: string,
  line: number,
  column: number,
  keyword: string,
  message: string,
): ValidationIssue {
  return { file, pointer: '', line, column, severity: 'error', keyword, message };
}

function pickEncoding(bytes: Uint8Array): { encoding: TextEncoding; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // JSON and CSV start with an ASCII character, so a NUL beside it means UTF-16 without a byte-order mark
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return { encoding: 'utf-16le', skip: 0 };
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

// lead byte ranges of UTF-8 (RFC 3629, table 3-7 of Unicode): [first, last, length, second byte low, high]
const LEADS: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [0x00, 0x7f, 1, 0, 0],
  [0xc2, 0xdf, 2, 0x80, 0xbf],
  [0xe0, 0xe0, 3, 0xa0, 0xbf],
  [0xe1, 0xec, 3, 0x80, 0xbf],
  [0xed, 0xed, 3, 0x80, 0x9f],
  [0xee, 0xef, 3, 0x80, 0xbf],
  [0xf0, 0xf0, 4, 0x90, 0xbf],
  [0xf1, 0xf3, 4, 0x80, 0xbf],
  [0xf4, 0xf4, 4, 0x80, 0x8f],
];

/** The length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = LEADS.find(([first, last]) => bytes[i] >= first && bytes[i] <= last);
  if (!lead) return 0;
  const [, , length, low, high] = lead;
  if (length === 1) return 1;
  if (i + length > bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}

/** The offset of the first byte that does not start a valid UTF-8 sequence (the text is known to be invalid). */
function firstInvalidByte(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return bytes.length;
}

function invalidUtf8Issue(file: string, bytes: Uint8Array, skip: number): ValidationIssue {
  const at = firstInvalidByte(bytes, skip);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(skip, at));
  const { line, column } = offsetToPosition(before, before.length);
  const hex = Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return issue(
    file,
    line,
    column,
    'encoding',
    `bytes that are not UTF-8 at byte offset ${at} (${hex}): the file is damaged, cut in the middle of a character, or in another encoding (Latin-1, Windows-1252?); save it as UTF-8`,
  );
}

/**
 * Turns a file's bytes into text without guessing silently: a UTF-8 byte-order mark is dropped, UTF-16 (with
 * a byte-order mark, or recognised by the NUL bytes beside ASCII characters) is decoded, and bytes that are not
 * UTF-8 are an error naming the first bad byte's offset, line and column (never replaced by U+FFFD). gzip and
 * zip data are recognised by their magic bytes and named; inflating them is the caller's job (the CLI does).
 * @param file the name used in issues
 * @param bytes the file's content
 * @example
 * const decoded = decodeText('june.json', bytes);
 * const result = decoded.ok ? validateText('june.json', decoded.text) : { ok: false, issues: [decoded.issue] };
 */
export function decodeText(file: string, bytes: Uint8Array): DecodeTextResult {
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((b, i) => bytes[i] === b)) {
      return { ok: false, issue: issue(file, 1, 1, signature.keyword, signature.message) };
    }
  }
  const { encoding, skip } = pickEncoding(bytes);
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(skip));
    return { ok: true, text, encoding, bom: skip > 0 };
  } catch (cause) {
    const chars = encoding === 'utf-8' ? bytes.length - skip : (bytes.length - skip) / 2;
    if (chars > MAX_STRING_LENGTH) {
      const mb = Math.round(bytes.length / 1e6);
      const detail = cause instanceof Error ? cause.message : String(cause);
      // an NDJSON file is already in a form that can be read a line at a time
      const hint = /\.(ndjson|jsonl)(\.gz)?$/i.test(file)
        ? 'split the file, or read it a line at a time'
        : 'split the file, or save it as NDJSON';
      const message = `${mb} MB is too large to hold as one JavaScript string (${detail}): ${hint}`;
      return { ok: false, issue: issue(file, 1, 1, 'tooLarge', message) };
    }
    const text = new TextDecoder(encoding).decode(bytes.subarray(skip));
    if (encoding === 'utf-8') return { ok: false, issue: invalidUtf8Issue(file, bytes, skip), text };
    const name = encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)';
    const message = `${name} text with an odd number of bytes or a broken surrogate pair: the file is cut or damaged; save it as UTF-8`;
    return { ok: false, issue: issue(file, 1, 1, 'encoding', message), text };
  }
}
