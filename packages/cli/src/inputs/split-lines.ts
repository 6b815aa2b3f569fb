import type { ChunkSplitter } from './split-json-array.js';

/**
 * Splits NDJSON bytes into lines without decoding them, holding one chunk (and the line that straddles it) at a
 * time. Blank lines are skipped but counted, so that `line` numbers match the file; `lines` is how many were
 * read (a line cut off by the end of the input included).
 * @param onLine receives each non-blank line's bytes (a view, valid during the call only) and its 1-based number
 * @example
 * const split = splitLines((bytes, line) => rows.push(JSON.parse(bytes.toString())));
 * for await (const chunk of createReadStream('events.ndjson')) split.push(chunk);
 * split.end();
 */
export function splitLines(
  onLine: (bytes: Buffer, line: number) => void,
): ChunkSplitter & { readonly lines: number } {
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
      let start = 0;
      if (carry !== null) {
        // only the straddling line is copied, not the whole chunk
        const nl = chunk.indexOf(10);
        if (nl === -1) {
          carry = Buffer.concat([carry, chunk]);
          return;
        }
        hand(Buffer.concat([carry, chunk.subarray(0, nl)]));
        carry = null;
        start = nl + 1;
      }
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        hand(chunk.subarray(start, nl));
        start = nl + 1;
      }
      // a copy of the tail, so that the chunk itself can be freed
      if (start < chunk.length) carry = Buffer.from(chunk.subarray(start));
    },
    end() {
      if (carry !== null) hand(carry);
      carry = null;
    },
    get lines() {
      return line;
    },
  };
}
