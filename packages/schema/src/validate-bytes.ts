import { decodeText } from './decode-text.js';
import type { ValidationResult } from './types.js';
import { validateText, type ValidateOptions } from './validate.js';

/**
 * Decodes and validates a file's bytes: {@link decodeText} (UTF-8 with or without a byte-order mark, UTF-16,
 * invalid UTF-8 named at its byte offset, gzip and zip recognised), then {@link validateText}.
 * @param file the name used in issues
 * @param bytes the file's content
 * @param options kind (default detected), strict (default `false`)
 * @example
 * const result = validateBytes('june.json', new Uint8Array(await file.arrayBuffer()));
 */
export function validateBytes(
  file: string,
  bytes: Uint8Array,
  options: Omit<ValidateOptions, 'file'> = {},
): ValidationResult {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return { ok: false, kind: options.kind ?? null, issues: [decoded.issue], omitted: 0 };
  return validateText(file, decoded.text, options);
}
