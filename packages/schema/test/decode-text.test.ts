import { describe, expect, it } from 'vitest';
import { decodeText, validateBytes } from '../src/index.js';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

const error = (line: number, column: number, keyword: string) => ({
  file: 'june.json',
  pointer: '',
  line,
  column,
  severity: 'error',
  keyword,
});

describe('decodeText', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeText('june.json', bytes('{"a": "caf', [0xc3, 0xa9], '"}'))).toEqual({
      ok: true,
      text: '{"a": "café"}',
      encoding: 'utf-8',
      bom: false,
    });
    expect(decodeText('june.json', bytes([0xef, 0xbb, 0xbf], '{}'))).toEqual({
      ok: true,
      text: '{}',
      encoding: 'utf-8',
      bom: true,
    });
  });

  it('reads UTF-16 with a byte-order mark, or told by its NUL bytes', () => {
    expect(decodeText('june.json', bytes([0xff, 0xfe, 0x7b, 0, 0x7d, 0]))).toEqual({
      ok: true,
      text: '{}',
      encoding: 'utf-16le',
      bom: true,
    });
    expect(decodeText('june.json', bytes([0, 0x7b, 0, 0x7d]))).toEqual({
      ok: true,
      text: '{}',
      encoding: 'utf-16be',
      bom: false,
    });
    expect(decodeText('june.json', bytes([0xff, 0xfe, 0x7b, 0, 0x7d]))).toMatchObject({
      ok: false,
      issue: error(1, 1, 'encoding'),
    });
  });

  it('names the byte offset, line and column of the first byte that is not UTF-8', () => {
    // a Latin-1 é (e9) at byte 9, the tenth character of line 1
    const latin1 = decodeText('june.json', bytes('{"a":"caf', [0xe9], '"}'));
    expect(latin1).toMatchObject({ ok: false, issue: error(1, 10, 'encoding') });
    expect(!latin1.ok && latin1.issue.message).toMatch(
      /^bytes that are not UTF-8 at byte offset 9 \(e9 22 7d\)/,
    );
    // '{' '\n' '"a": "' é (2 bytes) then ff at byte 10: line 2, after the 7 characters '"a": "é'
    const after = decodeText('june.json', bytes('{\n"a": "', [0xc3, 0xa9, 0xff], '"}'));
    expect(after).toMatchObject({ ok: false, issue: error(2, 8, 'encoding') });
    expect(!after.ok && after.issue.message).toContain('byte offset 10 (ff 22 7d)');
    // a file cut in the middle of a two-byte character
    const cut = decodeText('june.json', bytes('"', [0xc3]));
    expect(!cut.ok && cut.issue.message).toContain('byte offset 1 (c3)');
    // an encoded surrogate (ed a0 80) is not UTF-8 either
    const surrogate = decodeText('june.json', bytes('"', [0xed, 0xa0, 0x80], '"'));
    expect(!surrogate.ok && surrogate.issue.message).toContain('byte offset 1 (ed a0 80 22)');
  });

  it('gives the lenient text of bytes that are not clean text, and none for gzip or zip', () => {
    const latin1 = decodeText('june.json', bytes('{"a":"caf', [0xe9], '"}'));
    expect(!latin1.ok && latin1.text).toBe('{"a":"caf\ufffd"}');
    // UTF-16LE with an odd byte count: "{}" then half a character
    const odd = decodeText('june.json', bytes([0xff, 0xfe, 0x7b, 0, 0x7d, 0, 0x20]));
    expect(odd).toMatchObject({ ok: false, issue: error(1, 1, 'encoding'), text: '{}\ufffd' });
    expect(decodeText('june.json', bytes([0x1f, 0x8b, 0x08, 0]))).not.toHaveProperty('text');
  });

  it('names gzip and zip data by their magic bytes', () => {
    expect(decodeText('june.json', bytes([0x1f, 0x8b, 0x08, 0]))).toMatchObject({
      ok: false,
      issue: error(1, 1, 'gzip'),
    });
    expect(decodeText('june.json', bytes('PK', [3, 4, 20]))).toMatchObject({
      ok: false,
      issue: error(1, 1, 'zip'),
    });
  });
});

describe('validateBytes', () => {
  it('decodes, then validates with positions in the decoded text', () => {
    const result = validateBytes('june.json', bytes([0xef, 0xbb, 0xbf], '{"detail": "Not found."}'));
    expect(result).toMatchObject({
      ok: false,
      kind: 'error-response',
      issues: [{ pointer: '/detail', line: 1, column: 2, keyword: 'errorResponse' }],
    });
  });

  it('returns the decoding issue when there is no text', () => {
    expect(validateBytes('june.json', bytes([0x1f, 0x8b]), { kind: 'stats-v2' })).toMatchObject({
      ok: false,
      kind: 'stats-v2',
      issues: [error(1, 1, 'gzip')],
      omitted: 0,
    });
  });
});
