import * as aq from 'arquero';
import {
  createEventColumnReader,
  EVENT_DICTIONARY_COLUMNS,
  EVENT_TABLE_COLUMNS,
} from '@sentry-offline/transform';
import { createFrameAggregator } from '../frames/aggregate/create-frame-aggregator.js';
import type { SignatureStrategy } from '../frames/strategies/signature-result.js';
import type { DriftTable, DriftTables } from './drift-tables.js';

/** The events of one side of a drift report, folded in one at a time. */
export interface EventDrift {
  /** Folds one event in; throws `transform.invalidEvent` (and keeps nothing of it) as `tidyEvents` would. */
  add(event: unknown): void;
  /** The events table to compare (by event id, or counted by `by`) and the frame aggregate of the signatures. */
  finish(by?: readonly string[]): DriftTables;
}

/**
 * What a drift report needs of a set of events, without their other tables or the events themselves: the rows
 * of the events table (read as `tidyEvents` reads them, by `createEventColumnReader`) and the frame aggregate of
 * their signatures (`createFrameAggregator`). Memory grows by one row of the events table an event.
 */
export function createEventDrift(strategy: SignatureStrategy): EventDrift {
  const read = createEventColumnReader(EVENT_TABLE_COLUMNS);
  const columns: unknown[][] = EVENT_TABLE_COLUMNS.map(() => []);
  // one copy of each repeated value, as tidyEvents keeps them (each parsed event brings its own copies)
  const pools = EVENT_TABLE_COLUMNS.map((name) =>
    EVENT_DICTIONARY_COLUMNS.includes(name) ? new Map<string, string>() : null,
  );
  const keep = (c: number, value: unknown) => {
    const pool = pools[c];
    if (pool === null || typeof value !== 'string') return value;
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  };
  const signatures = createFrameAggregator({ strategy });
  let index = 0;
  return {
    add(event) {
      const row = read(event, index);
      signatures.add(event);
      for (let c = 0; c < row.length; c++) columns[c].push(keep(c, row[c]));
      index++;
    },
    finish(by) {
      const table = aq.table(Object.fromEntries(EVENT_TABLE_COLUMNS.map((name, c) => [name, columns[c]])));
      const drift: DriftTable = by
        ? { name: 'events', table: table.derive({ events: () => 1 }), keys: by, values: ['events'] }
        : { name: 'events', table, keys: ['event_id'] };
      return { tables: [drift], stats: null, events: signatures.finish() };
    },
  };
}
