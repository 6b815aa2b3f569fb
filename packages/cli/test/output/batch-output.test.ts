import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import type { TableSink } from '../../src/output/table-sink.js';
import { createBatchOutput } from '../../src/tidy/batch-output.js';

/** A sink that records what it is asked, slowly, and fails to write the batch whose first value is `failAt`. */
function recordingSink(failAt?: number) {
  const calls: string[] = [];
  const sink: TableSink = {
    async write(table: ColumnTable) {
      await new Promise((done) => setTimeout(done, 1));
      const first = table.get('n', 0) as number;
      if (first === failAt) throw new Error(`disk full at ${first}`);
      calls.push(`write ${first}`);
    },
    close: async () => (calls.push('close'), { rows: 3, where: 'out.csv' }),
    discard: async () => void calls.push('discard'),
  };
  return { sink, calls };
}

const batch = (n: number) => aq.table({ n: [n] });

describe('createBatchOutput', () => {
  it('opens the sink with the first batch only, and writes the batches in order', async () => {
    const { sink, calls } = recordingSink();
    let opened = 0;
    const output = createBatchOutput(async () => (opened++, sink));
    expect(output.written).toBe(false);
    await output.settled();
    expect(opened).toBe(0);
    [1, 2, 3].forEach((n) => output.add(batch(n)));
    expect(output.written).toBe(false); // queued, not yet written
    await output.settled();
    expect(output.written).toBe(true);
    expect(await output.close()).toEqual({ rows: 3, where: 'out.csv' });
    expect(opened).toBe(1);
    expect(calls).toEqual(['write 1', 'write 2', 'write 3', 'close']);
  });

  it('keeps the first failure for every later wait, writes nothing after it, and discards the sink', async () => {
    const { sink, calls } = recordingSink(2);
    const output = createBatchOutput(async () => sink);
    [1, 2, 3].forEach((n) => output.add(batch(n)));
    await expect(output.settled()).rejects.toThrow('disk full at 2');
    await expect(output.close()).rejects.toThrow('disk full at 2');
    expect(output.written).toBe(true); // the first batch was
    await output.discard();
    expect(calls).toEqual(['write 1', 'discard']);
  });

  it('reports a sink that cannot be opened when the batches are waited for', async () => {
    const output = createBatchOutput(() => Promise.reject(new Error('cannot open')));
    output.add(batch(1));
    await expect(output.settled()).rejects.toThrow('cannot open');
    expect(output.written).toBe(false);
    await output.discard(); // nothing to discard
  });
});
