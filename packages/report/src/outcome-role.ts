import type { DropDefinition } from './definitions.js';

/** The part an outcome plays under a definition: accepted, dropped, other (in the total, neither) or excluded. */
export type OutcomeRole = 'accepted' | 'dropped' | 'other' | 'excluded';

/**
 * The part an outcome plays under a definition; accepted + dropped + other = total, excluded is outside it.
 * @param definition a resolved definition
 * @param outcome an outcome (`accepted`, `rate_limited`, …)
 * @example
 * outcomeRole(definitions['usage-page'], 'client_discard'); // 'excluded'
 */
export function outcomeRole(definition: DropDefinition, outcome: string): OutcomeRole {
  if (definition.excluded.includes(outcome)) return 'excluded';
  if (outcome === 'accepted') return 'accepted';
  return definition.dropped.includes(outcome) ? 'dropped' : 'other';
}
