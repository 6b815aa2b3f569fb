import { createEventsTableBuilder } from '@sentry-offline/transform';
import { createFrameAggregator } from '../frames/aggregate/create-frame-aggregator.js';
import type { SignatureStrategy } from '../frames/strategies/signature-result.js';
import type { DriftTable, DriftTables } from './drift-tables.js';

/** The events of one side of a drift report, folded in one at a time. */
export interface EventDrift {
  /** Folds one event in; throws `transform.invalidEvent` as `tidyEvents` would (the comparison then fails). */
  add(event: unknown): void;
  /** The events table to compare (by event id, or counted by `by`) and the frame aggregate of the signatures. */
  finish(by?: readonly string[]): DriftTables;
}

/**
 * What a drift report needs of a set of events, without their other tables or the events themselves: the events
 * table (`createEventsTableBuilder`) and the frame aggregate of their signatures (`createFrameAggregator`). Memory
 * grows by one row of the events table an event.
 */
export function createEventDrift(strategy: SignatureStrategy): EventDrift {
  const rows = createEventsTableBuilder();
  const signatures = createFrameAggregator({ strategy });
  return {
    add(event) {
      rows.add(event);
      signatures.add(event);
    },
    finish(by) {
      const table = rows.finish();
      const drift: DriftTable = by
        ? { name: 'events', table: table.derive({ events: () => 1 }), keys: by, values: ['events'] }
        : { name: 'events', table, keys: ['event_id'] };
      return { tables: [drift], stats: null, events: signatures.finish() };
    },
  };
}
