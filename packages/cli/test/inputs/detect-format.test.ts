import { describe, expect, it } from 'vitest';
import { detectFormat, headIsNdjson } from '../../src/inputs/detect-format.js';

describe('headIsNdjson', () => {
  const cases: [string, string, boolean][] = [
    ['objects, one a line', '{"a":1}\n{"a":2}\n', true],
    ['a byte-order mark first', '\ufeff{"a":1}\n{"a":2}', true],
    ['lines that are arrays', '[1,2]\n[3]\n', true],
    ['a pretty-printed array', '[\n  {"a":1}\n]\n', false],
    ['a pretty-printed object', '{\n  "a": 1\n}\n', false],
    ['one line and nothing after it but blanks', '{"a":1}\n  \n', false],
    ['no newline in the head', '{"a":1}', false],
    ['a first line that is not JSON', '{"a":\n1}\n', false],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(headIsNdjson(Buffer.from(text))).toBe(expected);
    // as detectFormat decides on the whole text (a byte-order mark is taken off before it is called)
    expect(detectFormat('x.json', text.replace(/^\ufeff/, '')) === 'ndjson').toBe(expected);
  });

  it('decides on the first line however little of the rest the head holds', () => {
    const head = Buffer.from(`{"a":1}\n{"a":`);
    expect(headIsNdjson(head)).toBe(true);
  });
});
