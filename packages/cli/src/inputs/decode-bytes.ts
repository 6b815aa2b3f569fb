import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { decodeText, type ValidationIssue } from '@sentry-offline/schema';

const inflate = promisify(gunzip);

/** The outcome of {@link decodeBytes}: text (with decoding problems as issues), or why there is none. */
export type DecodeResult =
  { ok: true; text: string; issues: ValidationIssue[] } | { ok: false; code: string; reason: string };

function pickEncoding(bytes: Uint8Array): { encoding: string; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // JSON and CSV start with an ASCII character, so a NUL beside it means UTF-16 without a byte-order mark
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return { encoding: 'utf-16le', skip: 0 };
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

/**
 * The decoding problem of bytes that are not clean text, named by the schema package's `decodeText` (the first
 * bad byte's offset, line and column; UTF-16 with an odd byte count), or null.
 */
function encodingIssue(file: string, bytes: Uint8Array): ValidationIssue | null {
  const decoded = decodeText(file, bytes);
  return decoded.ok || decoded.issue.keyword !== 'encoding' ? null : decoded.issue;
}

async function maybeInflate(bytes: Uint8Array): Promise<DecodeResult | Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return await inflate(bytes);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, code: 'gzip', reason: `gzip data that cannot be inflated (${detail})` };
  }
}

/**
 * Turns a file's bytes into text: inflates gzip (recognised by its magic bytes, whatever the name), honours a
 * UTF-8 or UTF-16 byte-order mark, recognises UTF-16 without one, and reports bytes that are not UTF-8 as an
 * error issue with its line and column. Text too long for a JavaScript string is a reason, not a crash.
 * @param file the name used in issues
 * @param bytes the file's content
 * @example
 * const decoded = await decodeBytes('june.json.gz', await readFile('june.json.gz'));
 */
export async function decodeBytes(file: string, bytes: Uint8Array): Promise<DecodeResult> {
  const inflated = await maybeInflate(bytes);
  if (!(inflated instanceof Uint8Array)) return inflated;
  if (inflated[0] === 0x50 && inflated[1] === 0x4b && inflated[2] === 0x03 && inflated[3] === 0x04) {
    return { ok: false, code: 'zip', reason: 'a zip archive, not text: unzip it and pass the files inside' };
  }
  const { encoding, skip } = pickEncoding(inflated);
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(inflated.subarray(skip));
  } catch (cause) {
    const mb = Math.round(inflated.length / 1e6);
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, code: 'tooLarge', reason: `too large to hold as text (${mb} MB: ${detail})` };
  }
  // the lenient text is still validated, so that the file's other problems are found too
  const bad = text.includes('\ufffd') || encoding !== 'utf-8' ? encodingIssue(file, inflated) : null;
  return { ok: true, text, issues: bad ? [bad] : [] };
}
