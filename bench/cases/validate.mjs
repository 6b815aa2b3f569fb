import { forEachEventText } from '../lib/read.mjs';
import { SCHEMA } from '../lib/paths.mjs';

const { validate } = await import(SCHEMA);

/** Validation of every event (kind detected per event, as the CLI does). */
export function validateEvents(input) {
  let events = 0;
  let invalid = 0;
  forEachEventText(input, (text) => {
    events++;
    if (!validate(JSON.parse(text)).ok) invalid++;
  });
  return { events, invalid };
}
