import { printable } from '../util/format-cell.js';
import type { EventIdSet } from './event-id-set.js';

/** How many repeats a log keeps with their place (the rest are counted). */
export const REPEATS_LISTED = 20;

/** Events saved twice, as a run meets them: each counted, the first few kept with their place. */
export interface RepeatLog<P> {
  /**
   * An event's id, met at `place`: added to the ids, and when an earlier event had it, counted and (among the
   * first {@link REPEATS_LISTED}) kept. Returns whether the id was new.
   */
  see(id: string, place: P): boolean;
  /** The repeats met. */
  readonly count: number;
  /** The first repeats, in the order met: where, and `event <id> again` (the id's control characters escaped). */
  readonly listed: readonly { place: P; reason: string }[];
  /** Where the first repeat past the list was met (undefined while there is none). */
  readonly next: P | undefined;
  /** Takes in the repeats of another log, met after this one's (a part of the input kept once it was whole). */
  absorb(other: RepeatLog<P>): void;
}

/**
 * A new {@link RepeatLog} over a set of ids (a thread's own, or one shared by a whole run).
 * @param ids the ids met so far (`add` says whether an id is new)
 * @example
 * const repeats = createRepeatLog<string>(createEventIdSet());
 * repeats.see('9f2c…', 'a.json');
 * repeats.see('9f2c…', 'b.json'); // false: repeats.listed[0] is { place: 'b.json', reason: 'event 9f2c… again' }
 */
export function createRepeatLog<P>(ids: Pick<EventIdSet, 'add'>): RepeatLog<P> {
  const listed: { place: P; reason: string }[] = [];
  let count = 0;
  let next: P | undefined;
  const note = (place: P, reason: string) => {
    if (count++ < REPEATS_LISTED) listed.push({ place, reason });
    else next ??= place;
  };
  return {
    see(id, place) {
      if (ids.add(id)) return true;
      // the id is the payload's: its control characters are shown as escapes, never sent to a terminal
      note(place, `event ${printable(id)} again`);
      return false;
    },
    absorb(other) {
      for (const { place, reason } of other.listed) note(place, reason);
      // the rest of the other's repeats: its list was full, so this one is now too
      const rest = other.count - other.listed.length;
      if (rest > 0) {
        next ??= other.next;
        count += rest;
      }
    },
    get count() {
      return count;
    },
    listed,
    get next() {
      return next;
    },
  };
}
