import { statSync } from 'node:fs';
import { frameReportDigest } from '../lib/digest.mjs';
import { listFiles } from '../lib/read.mjs';
import { CLI, REPORT } from '../lib/paths.mjs';

const cli = await import(CLI);
const { finishFrameAggregate } = await import(REPORT);

/**
 * Frame aggregation through the CLI: its `frames` command when it has one, else the CLI's aggregateFrameFiles
 * (streamed inputs, optional worker pool) that the command runs on.
 */
export async function framesCli(input, { workers = 0, strategy = 'sentry' } = {}) {
  const files = statSync(input).isDirectory()
    ? listFiles(input).map((path) => ({ path, name: path }))
    : [{ path: input, name: input }];
  const aggregateFrameFiles =
    cli.aggregateFrameFiles ??
    (await import(new URL('workers/aggregate-frame-files.js', CLI).href)).aggregateFrameFiles;
  const { aggregate } = await aggregateFrameFiles(files, { workers, strategy });
  return frameReportDigest(finishFrameAggregate(aggregate, { top: 50 }));
}
