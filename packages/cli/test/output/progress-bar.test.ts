import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../src/output/progress-bar.js';
import { fakeStream } from '../util/run-cli.js';

describe('createProgressBar', () => {
  it('draws files done, files/s and the ETA in place, and clears its line at the end', () => {
    const stream = fakeStream({ isTTY: true });
    let clock = 0;
    const bar = createProgressBar(stream, 4, { now: () => clock, interval: 0 });
    clock = 1000;
    bar.tick(); // 1 file in 1 s: 1.0 files/s, 3 left -> 3 s
    clock = 2000;
    bar.tick(); // 2 in 2 s -> 2 s left
    bar.done();
    expect(stream.text()).toBe(
      '\r[######------------------] 1/4 files  1.0 files/s  ETA 3s\u001b[K' +
        '\r[############------------] 2/4 files  1.0 files/s  ETA 2s\u001b[K' +
        '\r\u001b[K',
    );
  });

  it('redraws at most once per interval, and always for the last item', () => {
    const stream = fakeStream({ isTTY: true });
    let clock = 0;
    const bar = createProgressBar(stream, 3, { now: () => clock, interval: 100 });
    clock = 10;
    bar.tick();
    clock = 20;
    bar.tick(); // within 100 ms of the first draw: not drawn
    clock = 30;
    bar.tick(); // the last one: drawn
    expect(stream.text().match(/\r\[/g)).toHaveLength(2);
    expect(stream.text()).toContain('3/3 files');
  });

  it('writes nothing when not enabled (a pipe, a CI log, --quiet)', () => {
    const stream = fakeStream();
    const bar = createProgressBar(stream, 3, { enabled: false });
    bar.tick();
    bar.done();
    expect(stream.text()).toBe('');
  });
});
