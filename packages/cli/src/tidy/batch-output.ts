import type { ColumnTable } from 'arquero';
import type { TableSink } from '../output/table-sink.js';

/** A table's output fed batch by batch while the inputs are still read: see {@link createBatchOutput}. */
export interface BatchOutput {
  /** Queues a batch: it is written after those before it, while reading goes on. */
  add(table: ColumnTable): void;
  /** Waits until the batches queued so far are written; throws the first failure to write (every call after it). */
  settled(): Promise<void>;
  /** Whether a batch was written: the output holds part of the table. */
  readonly written: boolean;
  /** Writes the end of the table and closes the output; returns the rows written, and where. */
  close(): Promise<{ rows: number; where: string }>;
  /** Closes and removes the output after a failure, whatever was written (stdout cannot be taken back). */
  discard(): Promise<void>;
}

/**
 * The output of `tidy` for a table written a batch at a time: the sink is opened with the first batch (so that a run
 * that fails before any batch writes nothing), and the batches are written in order in the background, the caller
 * waiting at each chunk read (`settled`) so that a slow output holds the reading back instead of filling memory.
 * @param open opens the sink
 * @example
 * const output = createBatchOutput(() => openTableSink(context, { format: 'csv' }));
 * output.add(batch);
 * await output.settled();
 */
export function createBatchOutput(open: () => Promise<TableSink>): BatchOutput {
  let sink: Promise<TableSink> | null = null;
  let writing = Promise.resolve();
  let failure: { error: unknown } | null = null;
  let written = false;
  const settled = async () => {
    await writing;
    if (failure) throw failure.error;
  };
  return {
    add(table) {
      if (sink === null) {
        sink = open();
        sink.catch(() => {}); // its failure is met below, when the first batch waits for it
      }
      const opened = sink;
      // a failure is kept, not left as a rejected promise nobody awaits yet (Node would end the process)
      writing = writing
        .then(async () => {
          if (failure) return;
          await (await opened).write(table);
          written = true;
        })
        .catch((error: unknown) => void (failure ??= { error }));
    },
    settled,
    get written() {
      return written;
    },
    async close() {
      await settled();
      return sink === null ? { rows: 0, where: '' } : (await sink).close();
    },
    async discard() {
      await writing;
      if (sink === null) return;
      const opened = await sink.catch(() => null);
      await opened?.discard();
    },
  };
}
