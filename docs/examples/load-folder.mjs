/* global console, process */
// Notebook-style example: load a folder of saved Sentry events and look at where they crash.
//
//   npx tsc -b                                        # build the packages once
//   node docs/examples/load-folder.mjs [folder]      # default: fixtures/event
//
// Every *.json file under the folder is read: one event (API detail or raw event JSON) or an array of events.
// In your own project, import from '@sentry-offline/transform' instead of the relative path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEventTables } from '../../packages/transform/dist/index.js';

const folder = process.argv[2] ?? 'fixtures/event';

// 1. Stream the events file by file: only one parsed payload is alive at a time.
async function* readEvents(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json') && !f.split(/[\\/]/).includes('expected'))
    .sort();
  for (const file of files) {
    const value = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (Array.isArray(value)) yield* value;
    else yield value;
  }
}

// 2. Five tidy tables, joined by event_id. The builder takes one event at a time; an event with a field of the
//    wrong type is reported and adds no row (tidyEventsAsync(readEvents(folder)) would stop at it instead).
const builder = createEventTables();
for await (const event of readEvents(folder)) {
  try {
    builder.add(event);
  } catch (error) {
    console.log(`skipped: ${error.message}`);
  }
}
const { events, exceptions, frames, tags, breadcrumbs } = builder.finish();
console.log(
  `${events.numRows()} events, ${exceptions.numRows()} exceptions, ${frames.numRows()} frames, ` +
    `${tags.numRows()} tags, ${breadcrumbs.numRows()} breadcrumbs from ${folder}`,
);

// 3. The events at a glance.
events.select('event_id', 'platform', 'level', 'release', 'date_created').print();

// 4. Crash sites: the frame at depth 0 of every event, counted by function and file.
frames
  .filter((d) => d.depth === 0)
  .groupby('platform', 'function', 'filename')
  .count()
  .orderby('platform', 'function')
  .print();
