import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../src/index.js';

describe('toCanonicalJson', () => {
  it('keeps column order, sorts rows by every column and writes dates as ISO UTC', () => {
    const t = aq.table({
      b: ['y', 'x', 'x'],
      a: [2, 1.1 + 2.2, null],
      d: [new Date(Date.UTC(2021, 2, 14)), null, new Date(Date.UTC(2021, 2, 13, 1))],
    });
    expect(toCanonicalJson(t)).toBe(
      '{\n  "columns": ["b","a","d"],\n  "rows": [\n' +
        '    ["x",null,"2021-03-13T01:00:00.000Z"],\n' +
        '    ["x",3.3,null],\n' +
        '    ["y",2,"2021-03-14T00:00:00.000Z"]\n  ]\n}\n',
    );
  });

  it('keeps the row order when asked and writes an empty table on one line', () => {
    const t = aq.table({ n: Float64Array.from([3, 1]) });
    expect(toCanonicalJson(t, { sortRows: false })).toBe(
      '{\n  "columns": ["n"],\n  "rows": [\n    [3],\n    [1]\n  ]\n}\n',
    );
    expect(toCanonicalJson(aq.table({ n: [] }))).toBe('{\n  "columns": ["n"],\n  "rows": []\n}\n');
  });
});
