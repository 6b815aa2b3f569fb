import { createEventTables, type EventTables, type TidyEventsOptions } from './create-event-tables.js';

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function'
  );
}

/**
 * Reshapes Sentry events into five tidy tables (`events`, `exceptions`, `frames`, `tags`, `breadcrumbs`), from
 * either shape: the API event detail (`entries[]`, camelCase) or the raw event JSON (`exception.values[]`,
 * snake_case, `sentry.interfaces.*`). Inputs are not changed and no parsed payload is kept.
 * @param events an array or iterable of events (a parsed events file holding an array), or one event object;
 *   for async iterables use {@link tidyEventsAsync}
 * @param options project (default: from the payload), rawStacktraces (default `false`), personalData (default `false`)
 * @example
 * const { events, frames } = tidyEvents(JSON.parse(text));
 * frames.filter((d) => d.depth === 0).groupby('function').count().print();
 */
export function tidyEvents(
  events: Iterable<unknown> | Record<string, unknown>,
  options: TidyEventsOptions = {},
): EventTables {
  const builder = createEventTables(options);
  if (isIterable(events)) for (const event of events) builder.add(event);
  else builder.add(events);
  return builder.finish();
}
