import { availableParallelism } from 'node:os';
import type { AggregateFramesOptions, FrameAggregate } from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import { listInputFiles, readInputs } from '../inputs/read-inputs.js';
import { validateInput } from '../inputs/validate-input.js';
import { createRateLine } from '../output/rate-line.js';
import { writeListed, writeRepeated } from '../output/write-listed.js';
import { sizeOrZero } from '../util/size-or-zero.js';
import { aggregateFrameFiles } from '../workers/aggregate-frame-files.js';
import { createEventIdSet, idOfEvent } from '../workers/event-id-set.js';
import { createTaskAggregator } from '../workers/frame-aggregator.js';
import { createRepeatLog } from '../workers/repeat-log.js';

/** How the `frames` command reads its inputs. */
export interface FrameInputOptions extends Omit<AggregateFramesOptions, 'rules'> {
  /** The rules file's text, parsed and checked already (default none). */
  rules?: string;
  /** Worker threads, or `'auto'`: one fewer than the cores when the input is over 128 MiB, else none. */
  workers: number | 'auto';
  /** A rate line (events/s, MB/s) on stderr while the work goes on. */
  progress: boolean;
}

// below this, a worker costs more than it saves: it warms up its JIT and rebuilds the popular stacks (~0.5 s of
// CPU). On two cores (docs/performance.md) two threads took 1.04–1.29× the one-thread time on 89 MB of events and
// 0.75–0.86× on 892 MB; a straight line through both breaks even near 180 MB
const AUTO_ABOVE = 128 << 20;

/** The input's size for the `auto` decision: every file's up to 256 files, else extrapolated from 256 of them. */
function estimateBytes(files: readonly { path: string }[]): number {
  if (files.length <= 256) return files.reduce((n, f) => n + sizeOrZero(f.path), 0);
  let sampled = 0;
  for (let i = 0; i < 256; i++) sampled += sizeOrZero(files[Math.floor((i * files.length) / 256)].path);
  return (sampled / 256) * files.length;
}

function workerCount(workers: number | 'auto', bytes: number): number {
  if (workers !== 'auto') return workers;
  return bytes > AUTO_ABOVE ? Math.max(0, availableParallelism() - 1) : 0;
}

/**
 * The streaming path: files listed without reading, then streamed (NDJSON, JSON arrays, gzip) through the
 * frame aggregator on the main thread and `workers` worker threads. Every file is accounted for on stderr:
 * unreadable and skipped ones by name, documents that are not events by file and line (the first 20, then a
 * count), and a summary line.
 */
export async function streamFrameInputs(
  args: string[],
  { workers, progress, rules, ...options }: FrameInputOptions,
  context: CliContext,
): Promise<FrameAggregate | null> {
  const { files, problems } = await listInputFiles(args, { cwd: context.cwd, streamStdin: true });
  for (const problem of problems) {
    context.stderr.write(`${problem.name}: ${problem.status}: ${problem.reason}\n`);
    if (problem.status === 'unreadable') context.fail('cli.unreadableInput');
  }
  if (files.length === 0) return null;
  const size = estimateBytes(files);
  const line = createRateLine(context.stderr, { enabled: progress });
  const result = await aggregateFrameFiles(files, {
    ...options,
    rules,
    workers: workerCount(workers, size),
    onProgress: progress ? line.update : undefined,
    stdin: context.stdin,
  });
  line.done();
  for (const why of result.unreadable) context.stderr.write(`${why}\n`);
  if (result.unreadable.length > 0) context.fail('cli.unreadableInput');
  const { invalid } = result;
  writeListed(context, invalid, invalid.length, (n) => `… and ${n} more documents left out`);
  if (result.invalid.length > 0) context.fail('cli.invalidInput');
  writeRepeated(result.repeated, context);
  const unreadable = result.unreadable.length > 0 ? `, ${result.unreadable.length} unreadable` : '';
  // transactions are events, but have no crash stack: the report leaves them out, and says so
  const transactions = result.events - result.aggregate.events;
  const besides = transactions > 0 ? ` (${transactions} transactions, not in the report)` : '';
  context.stderr.write(
    `${files.length} files read${unreadable} (${(result.bytes / 1e6).toFixed(1)} MB): ${result.events} events${besides}, ` +
      `${result.invalid.length} documents left out\n`,
  );
  return result.aggregate;
}

/**
 * The path for standard input and for tables that need the events themselves (`compare`): each file read and
 * validated whole, its events folded into the same aggregator as a worker's (`keep` collects the events).
 */
export async function readFrameInputs(
  args: string[],
  options: AggregateFramesOptions,
  context: CliContext,
  keep?: unknown[],
): Promise<FrameAggregate | null> {
  const aggregator = createTaskAggregator(options);
  const repeats = createRepeatLog<string>(createEventIdSet());
  let added = 0;
  let name = '';
  const onValue = (value: unknown, kind: string | null, line: number | null) => {
    if (kind !== 'event' && kind !== 'raw-event') return;
    aggregator.add(value);
    added++;
    keep?.push(value);
    const id = idOfEvent(value);
    if (id !== null) repeats.see(id, line === null ? name : `${name}:${line}`);
  };
  for await (const input of readInputs(args, context)) {
    name = input.name;
    if (input.status === 'stream') continue; // not asked for (streamAbove)
    if (input.status !== 'read') {
      context.stderr.write(`${input.name}: ${input.status}: ${input.reason}\n`);
      if (input.status === 'unreadable') context.fail('cli.unreadableInput');
      continue;
    }
    const result = validateInput(input, { onValue });
    if (!result.ok || (result.kind !== 'event' && result.kind !== 'raw-event')) {
      const why = result.ok
        ? `a ${result.kind} payload, not events`
        : `invalid (${result.rejected} of ${result.documents} documents left out): see \`sentry-offline validate\``;
      context.stderr.write(`${input.name}: ${why}\n`);
      context.fail('cli.invalidInput');
    }
  }
  const at = repeats.listed.map(({ place, reason }) => `${place}: ${reason}`);
  writeRepeated({ count: repeats.count, at }, context);
  return added === 0 ? null : aggregator.flush();
}
