import { createEventTables, type EventTables, type TidyEventsOptions } from './create-event-tables.js';

/**
 * {@link tidyEvents} over an async iterable (a stream of parsed events), holding one event at a time.
 * @param events an async or sync iterable of events
 * @param options project (default: from the payload), rawStacktraces (default `false`), personalData (default `false`)
 * @example
 * async function* read(files) { for (const f of files) yield JSON.parse(await readFile(f, 'utf8')); }
 * const { frames } = await tidyEventsAsync(read(files));
 */
export async function tidyEventsAsync(
  events: AsyncIterable<unknown> | Iterable<unknown>,
  options: TidyEventsOptions = {},
): Promise<EventTables> {
  const builder = createEventTables(options);
  for await (const event of events) builder.add(event);
  return builder.finish();
}
