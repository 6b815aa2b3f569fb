import { forEachEventText } from '../lib/read.mjs';
import { frameReportDigest } from '../lib/digest.mjs';
import { REPORT, TRANSFORM } from '../lib/paths.mjs';

const { createEventTables } = await import(TRANSFORM);
const report = await import(REPORT);

/**
 * Frame aggregation through the public API as it stood before the fast path: events in chunks of `chunk` through
 * createEventTables, each chunk's tables through aggregateFrames, the partial aggregates merged, then
 * finishFrameAggregate (top 50). Memory stays bounded by the chunk.
 */
export function framesTables(input, { strategy = 'sentry', chunk = 2000 } = {}) {
  let state = null;
  let builder = createEventTables();
  const flush = () => {
    const part = report.aggregateFrames(builder.finish(), { strategy });
    state = state === null ? part : report.mergeFrameAggregates(state, part);
    builder = createEventTables();
  };
  forEachEventText(input, (text) => {
    builder.add(JSON.parse(text));
    if (builder.count === chunk) flush();
  });
  if (builder.count > 0 || state === null) flush();
  return frameReportDigest(report.finishFrameAggregate(state, { top: 50 }));
}

/** Frame aggregation through the public API's streaming aggregator (parsed events in, aggregate out). */
export function framesApi(input, { strategy = 'sentry' } = {}) {
  if (typeof report.createFrameAggregator !== 'function') return framesTables(input, { strategy });
  const aggregator = report.createFrameAggregator({ strategy });
  forEachEventText(input, (text) => aggregator.add(JSON.parse(text)));
  return frameReportDigest(report.finishFrameAggregate(aggregator.finish(), { top: 50 }));
}
