import { describe, expect, it } from 'vitest';
import { createRateLine } from '../../src/output/rate-line.js';

describe('createRateLine', () => {
  it('redraws events, MB, events/s, MB/s and tasks in place, and clears its line at the end', () => {
    const written: string[] = [];
    let now = 1000;
    const line = createRateLine({ write: (chunk) => void written.push(chunk) }, { now: () => now });
    now = 3000; // 2 s later: 5000 events and 12.5 MB read
    line.update({ events: 5000, bytes: 12_500_000, tasks: 3, of: 10 });
    line.done();
    expect(written).toEqual([
      '\r5000 events, 12.5 MB  2500 events/s, 6.3 MB/s  3/10 tasks\u001b[K',
      '\r\u001b[K',
    ]);
  });

  it('writes nothing when not enabled, nor at the end of a run too short for any update', () => {
    const written: string[] = [];
    const stream = { write: (chunk: string) => void written.push(chunk) };
    const off = createRateLine(stream, { enabled: false });
    off.update({ events: 1, bytes: 1, tasks: 1, of: 1 });
    off.done();
    createRateLine(stream).done();
    expect(written).toEqual([]);
  });
});
