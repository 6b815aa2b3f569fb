import { describe, expect, it } from 'vitest';
import { createLocator, offsetToPosition } from '../src/index.js';

// line 1: {
// line 2:   "groups": [
// line 3:     { "by": { "a/b": 1, "t~x": 2 }, "totals": [10, 20] }
// line 4:   ]
// line 5: }
const text = '{\n  "groups": [\n    { "by": { "a/b": 1, "t~x": 2 }, "totals": [10, 20] }\n  ]\n}';

describe('offsetToPosition', () => {
  it('gives 1-based lines and columns', () => {
    expect(offsetToPosition(text, 0)).toEqual({ line: 1, column: 1 });
    expect(offsetToPosition(text, 1)).toEqual({ line: 1, column: 2 }); // the first "\n"
    expect(offsetToPosition(text, 2)).toEqual({ line: 2, column: 1 });
    expect(offsetToPosition(text, 4)).toEqual({ line: 2, column: 3 }); // "groups"
  });

  it('counts columns from the last line break before the offset', () => {
    expect(offsetToPosition('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });
});

describe('createLocator', () => {
  const locate = createLocator(text);

  it('finds the root, a member (at its key) and a list item', () => {
    expect(locate('')).toEqual({ line: 1, column: 1 });
    expect(locate('/groups')).toEqual({ line: 2, column: 3 });
    expect(locate('/groups/0')).toEqual({ line: 3, column: 5 });
    expect(locate('/groups/0/totals/1')).toEqual({ line: 3, column: 52 });
  });

  it('unescapes ~1 and ~0 in pointers', () => {
    expect(locate('/groups/0/by/a~1b')).toEqual({ line: 3, column: 15 });
    expect(locate('/groups/0/by/t~0x')).toEqual({ line: 3, column: 25 });
  });

  it('falls back to the nearest existing parent for a missing member', () => {
    expect(locate('/groups/0/series/sum(quantity)')).toEqual({ line: 3, column: 5 });
    expect(locate('/groups/7')).toEqual({ line: 2, column: 3 });
  });

  it('gives null for a text that is not JSON', () => {
    expect(createLocator('')('/a')).toBeNull();
  });
});
