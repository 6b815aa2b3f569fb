import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { decodeText, type ValidationIssue } from '@sentry-offline/schema';
import { isGzipMagic } from '../util/is-gzip-magic.js';

const inflate = promisify(gunzip);

/** The outcome of {@link decodeBytes}: text (with decoding problems as issues), or why there is none. */
export type DecodeResult =
  { ok: true; text: string; issues: ValidationIssue[] } | { ok: false; code: string; reason: string };

async function maybeInflate(bytes: Uint8Array): Promise<DecodeResult | Uint8Array> {
  if (!isGzipMagic(bytes)) return bytes;
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
  const decoded = decodeText(file, inflated);
  if (decoded.ok) return { ok: true, text: decoded.text, issues: [] };
  // bytes that are not clean text still give their lenient text, so that the file's other problems are found too
  if (decoded.text !== undefined) return { ok: true, text: decoded.text, issues: [decoded.issue] };
  return { ok: false, code: decoded.issue.keyword, reason: decoded.issue.message };
}
