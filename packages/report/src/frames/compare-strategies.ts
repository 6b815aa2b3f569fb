import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { FrameInput } from './frame-input.js';
import { forEachStack } from './read-stacks.js';
import type { RulesInput } from './rules/resolve-rules.js';
import { signStack } from './strategies/sign-stack.js';
import {
  SIGNATURE_STRATEGIES,
  type SignatureStrategy,
  type StrategyOptions,
} from './strategies/signature-result.js';
import { rankEntries } from './aggregate/rank-entries.js';

/** Options of {@link compareStrategies}. */
export interface CompareStrategiesOptions extends StrategyOptions {
  /** Strategies to compare (default all three). */
  strategies?: readonly SignatureStrategy[];
  /** Stack-trace rules, as text or parsed (default none). */
  rules?: RulesInput;
  /** Apply the built-in rules before `rules` (default `true`). */
  defaults?: boolean;
  /** Signatures listed per split group (default `3`). */
  examples?: number;
}

/** What {@link compareStrategies} found. */
export interface StrategyComparison {
  /** strategy, groups (distinct signatures), events, largest (events in its biggest group). */
  groups: ColumnTable;
  /** merged_by, split_by, groups (merged_by groups that split_by splits), events (in those groups). */
  pairs: ColumnTable;
  /** merged_by, signature, events, split_by, split_into, split_signatures (the largest few, joined with ` ‖ `). */
  merges: ColumnTable;
}

/**
 * Runs several strategies over the same events and says how they differ: how many groups each makes, and for each
 * pair which groups of one strategy (`merged_by`) the other (`split_by`) splits into several.
 * @param input the frames table, or `{ frames, exceptions, events }` from `tidyEvents`
 * @param options strategies (default all), rules (default none), defaults (default `true`), examples (default `3`),
 *   depth (default `5`), maxLength (default `255`)
 * @example
 * const { groups, merges } = compareStrategies(tidyEvents(events));
 */
export function compareStrategies(
  input: FrameInput,
  {
    strategies = SIGNATURE_STRATEGIES,
    rules,
    defaults = true,
    examples = 3,
    ...options
  }: CompareStrategiesOptions = {},
): StrategyComparison {
  const keys: string[][] = strategies.map(() => []);
  forEachStack(input, { rules, defaults }, (stack) => {
    strategies.forEach((s, i) => keys[i].push(signStack(stack, s, { ...options, notes: false }).signature));
  });
  const events = keys[0]?.length ?? 0;
  const sizes = keys.map((k) => {
    const counts = new Map<string, number>();
    for (const s of k) counts.set(s, (counts.get(s) ?? 0) + 1);
    return counts;
  });
  const groups = aq.table({
    strategy: [...strategies],
    groups: sizes.map((m) => m.size),
    events: strategies.map(() => events),
    largest: sizes.map((m) => Math.max(0, ...m.values())),
  });
  const pairs: Record<string, unknown[]> = { merged_by: [], split_by: [], groups: [], events: [] };
  const merges: Record<string, unknown[]> = {
    merged_by: [],
    signature: [],
    events: [],
    split_by: [],
    split_into: [],
    split_signatures: [],
  };
  strategies.forEach((a, i) =>
    strategies.forEach((b, j) => {
      if (i === j) return;
      const inner = new Map<string, Map<string, number>>();
      for (let e = 0; e < events; e++) {
        let m = inner.get(keys[i][e]);
        if (!m) inner.set(keys[i][e], (m = new Map()));
        m.set(keys[j][e], (m.get(keys[j][e]) ?? 0) + 1);
      }
      let count = 0;
      let affected = 0;
      for (const [signature, split] of inner) {
        if (split.size < 2) continue;
        const n = sizes[i].get(signature) ?? 0;
        count++;
        affected += n;
        merges.merged_by.push(a);
        merges.signature.push(signature);
        merges.events.push(n);
        merges.split_by.push(b);
        merges.split_into.push(split.size);
        merges.split_signatures.push(
          rankEntries(split, (c) => c)
            .slice(0, examples)
            .map(([s]) => s)
            .join(' ‖ '),
        );
      }
      pairs.merged_by.push(a);
      pairs.split_by.push(b);
      pairs.groups.push(count);
      pairs.events.push(affected);
    }),
  );
  return {
    groups,
    pairs: aq.table(pairs),
    merges: aq.table(merges).orderby('merged_by', 'split_by', aq.desc('events'), 'signature'),
  };
}
