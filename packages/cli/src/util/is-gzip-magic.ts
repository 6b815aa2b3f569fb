/**
 * Whether bytes start with gzip's magic number (1f 8b), whatever the file is called.
 * @param bytes the first bytes of a file (two are enough)
 * @example
 * isGzipMagic(readFileSync('export.json')); // true for a gzipped file saved without .gz
 */
export function isGzipMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
