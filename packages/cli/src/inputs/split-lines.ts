import type { ChunkSplitter } from './split-json-array.js';

/**
 * Splits NDJSON bytes into lines without decoding them, holding one chunk (and the line that straddles it) at a
 * time. Blank lines are skipped but counted, so that `line` numbers match the file.
 * @param onLine receives each non-blank line's bytes (a view, valid during the call only) and its 1-based number
 * @example
 * const split = splitLines((bytes, line) => rows.push(JSON.parse(bytes.toString())));
 * for await (const chunk of createReadStream('events.ndjson')) split.push(chunk);
 * split.end();
 */
export function splitLines(onLine: (bytes: Buffer, line: number) => void): ChunkSplitter {
  let carry: Buffer | null = null;
  let line = 0;
  const hand = (bytes: Buffer) => {
    line++;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i];
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return onLine(bytes, line);
    }
  };
  return {
    push(chunk) {
      const buffer = carry === null ? chunk : Buffer.concat([carry, chunk]);
      let start = 0;
      for (let nl = buffer.indexOf(10); nl !== -1; nl = buffer.indexOf(10, start)) {
        hand(buffer.subarray(start, nl));
        start = nl + 1;
      }
      carry = start < buffer.length ? buffer.subarray(start) : null;
    },
    end() {
      if (carry !== null) hand(carry);
      carry = null;
    },
  };
}
