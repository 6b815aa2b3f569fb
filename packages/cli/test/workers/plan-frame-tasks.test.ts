import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFrameTasks } from '../../src/workers/plan-frame-tasks.js';
import { tempDir } from '../util/temp-dir.js';

describe('planFrameTasks', () => {
  it('cuts a large NDJSON file at line starts into ranges that cover it exactly once', () => {
    // 3000 lines of 20 to 2019 bytes: cut points fall inside lines and must move to the next line start
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ i, pad: 'x'.repeat((i * 37) % 2000) }),
    );
    const dir = tempDir({ 'e.ndjson': lines.join('\n') + '\n' });
    const path = join(dir, 'e.ndjson');
    const size = readFileSync(path).length;
    const tasks = planFrameTasks([{ path, name: 'e.ndjson' }], {}, { threads: 2, taskBytes: 256 << 10 });
    const ranges = tasks.map((t) => [t.files[0].start!, t.files[0].end!]);
    expect(ranges.length).toBe(Math.ceil(size / (256 << 10)));
    expect(ranges[0][0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(size);
    const bytes = readFileSync(path);
    const read: string[] = [];
    ranges.forEach(([start, end], k) => {
      if (k > 0) expect(start).toBe(ranges[k - 1][1]);
      expect(bytes[start - 1] ?? 10).toBe(10); // each range starts a line
      read.push(...bytes.subarray(start, end).toString('utf8').split('\n').filter(Boolean));
    });
    expect(read).toEqual(lines);
  });

  it('batches the files it does not split by count, in order, splits only large NDJSON; one task for one thread', () => {
    const dir = tempDir({
      'a.json': 'x'.repeat(600),
      'b.json': 'x'.repeat(600),
      'c.ndjson': '{}\n'.repeat(1000),
      'd.ndjson.gz': 'x'.repeat(2 << 20),
      'e.json': 'x'.repeat(10),
    });
    const files = ['a.json', 'b.json', 'c.ndjson', 'd.ndjson.gz', 'e.json'].map((name) => ({
      path: join(dir, name),
      name,
    }));
    const names = (tasks: ReturnType<typeof planFrameTasks>) =>
      tasks.map((t) =>
        t.files.map((f) => (f.start === undefined ? f.name : `${f.name}@${f.start}-${f.end}`)),
      );
    expect(names(planFrameTasks(files, {}, { threads: 2, filesPerTask: 2 }))).toEqual([
      ['a.json', 'b.json'],
      ['c.ndjson', 'd.ndjson.gz'],
      ['e.json'],
    ]);
    // c.ndjson (3000 bytes) is over twice the task size: cut in ranges of ~1000 bytes at line starts
    expect(names(planFrameTasks(files, {}, { threads: 2, filesPerTask: 2, taskBytes: 1000 }))).toEqual([
      ['a.json', 'b.json'],
      ['c.ndjson@0-1002'],
      ['c.ndjson@1002-2004'],
      ['c.ndjson@2004-3000'],
      ['d.ndjson.gz', 'e.json'],
    ]);
    expect(names(planFrameTasks(files, {}, { threads: 2 }))).toEqual([files.map((f) => f.name)]);
    expect(names(planFrameTasks(files, {}, { threads: 1 }))).toEqual([files.map((f) => f.name)]);
  });
});
