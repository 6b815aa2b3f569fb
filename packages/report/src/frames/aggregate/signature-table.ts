import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { emptySignatureCell, type FrameAggregate, type SignatureCell } from './frame-aggregate.js';
import { rankEntries } from './rank-entries.js';

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * The top `top` signatures of an aggregate and one `other` row for the rest (when there is a rest), so that
 * `count` adds up to the number of events and `share` to 1. `issues` of `other` counts distinct issues among the rest.
 */
export function signatureTable(state: FrameAggregate, top: number): ColumnTable {
  const ranked = rankEntries(state.signatures, (c) => c.count);
  const head = ranked.slice(0, top);
  const rest = ranked.slice(top);
  const columns: Record<string, unknown[]> = {
    rank: [],
    signature: [],
    count: [],
    share: [],
    issues: [],
    first_seen: [],
    last_seen: [],
    in_app_ratio: [],
    example_event: [],
  };
  const push = (rank: number | null, signature: string, cell: SignatureCell, example: string | null) => {
    columns.rank.push(rank);
    columns.signature.push(signature);
    columns.count.push(cell.count);
    columns.share.push(state.events === 0 ? 0 : cell.count / state.events);
    columns.issues.push(cell.groups.size);
    columns.first_seen.push(date(cell.first));
    columns.last_seen.push(date(cell.last));
    columns.in_app_ratio.push(cell.frames === 0 ? null : cell.inAppFrames / cell.frames);
    columns.example_event.push(example);
  };
  head.forEach(([signature, cell], i) => push(i + 1, signature, cell, cell.example));
  if (rest.length > 0) {
    const other = emptySignatureCell('');
    for (const [, cell] of rest) {
      other.count += cell.count;
      for (const g of cell.groups) other.groups.add(g);
      if (cell.first !== null)
        other.first = other.first === null ? cell.first : Math.min(other.first, cell.first);
      if (cell.last !== null) other.last = other.last === null ? cell.last : Math.max(other.last, cell.last);
      other.inAppFrames += cell.inAppFrames;
      other.frames += cell.frames;
    }
    push(null, `other (${rest.length} signatures)`, other, null);
  }
  return aq.table(columns);
}
