import { readFileSync } from 'node:fs';
import { forEachEventText } from '../lib/read.mjs';

/** The floor: read the bytes and JSON.parse each event, nothing else. */
export function floorEvents(input) {
  let events = 0;
  let keys = 0;
  forEachEventText(input, (text) => {
    const event = JSON.parse(text);
    events++;
    keys += event === null ? 0 : 1; // keep the parsed value observably used
  });
  return { events, keys };
}

/** The floor of a stats payload: read it and JSON.parse it. */
export function floorStats(input) {
  const payload = JSON.parse(readFileSync(input, 'utf8'));
  return { groups: payload.groups.length, intervals: payload.intervals.length };
}
