import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { FRAME_FIELDS, type FrameAggregate, type FrameField } from './frame-aggregate.js';
import { rankEntries } from './rank-entries.js';

/**
 * Per field (function, module, file, package), the top `top` values as the crash site, each with its crash-site
 * count and its anywhere-in-the-stack count (events, once each), and shares of the events with frames; an `other`
 * row per field makes `crash_site` add up to the events whose crash site has that field.
 */
export function frameCountTable(
  state: FrameAggregate,
  top: number,
  fields: readonly FrameField[] = FRAME_FIELDS,
): ColumnTable {
  const withFrames = state.events - state.stackKinds.none;
  const columns: Record<string, unknown[]> = {
    field: [],
    rank: [],
    value: [],
    crash_site: [],
    crash_site_share: [],
    anywhere: [],
    anywhere_share: [],
  };
  const share = (n: number) => (withFrames === 0 ? 0 : n / withFrames);
  for (const field of fields) {
    const ranked = rankEntries(state.crashSite[field], (n) => n);
    const anywhere = state.anywhere[field];
    const head = ranked.slice(0, top);
    head.forEach(([value, n], i) => {
      const any = anywhere.get(value) ?? 0;
      columns.field.push(field);
      columns.rank.push(i + 1);
      columns.value.push(value);
      columns.crash_site.push(n);
      columns.crash_site_share.push(share(n));
      columns.anywhere.push(any);
      columns.anywhere_share.push(share(any));
    });
    const rest = ranked.slice(top);
    if (rest.length > 0) {
      const n = rest.reduce((sum, [, c]) => sum + c, 0);
      columns.field.push(field);
      columns.rank.push(null);
      columns.value.push(`other (${rest.length} values)`);
      columns.crash_site.push(n);
      columns.crash_site_share.push(share(n));
      columns.anywhere.push(null);
      columns.anywhere_share.push(null);
    }
  }
  return aq.table(columns);
}

/** Per field, the top `top` values anywhere in the stack (events, once each), with their crash-site counts. */
export function anywhereTable(
  state: FrameAggregate,
  top: number,
  fields: readonly FrameField[] = FRAME_FIELDS,
): ColumnTable {
  const withFrames = state.events - state.stackKinds.none;
  const columns: Record<string, unknown[]> = {
    field: [],
    rank: [],
    value: [],
    anywhere: [],
    anywhere_share: [],
    crash_site: [],
  };
  for (const field of fields) {
    rankEntries(state.anywhere[field], (n) => n)
      .slice(0, top)
      .forEach(([value, n], i) => {
        columns.field.push(field);
        columns.rank.push(i + 1);
        columns.value.push(value);
        columns.anywhere.push(n);
        columns.anywhere_share.push(withFrames === 0 ? 0 : n / withFrames);
        columns.crash_site.push(state.crashSite[field].get(value) ?? 0);
      });
  }
  return aq.table(columns);
}
