import { SentryOfflineError } from '@sentry-offline/schema';
import { definitions, type DefinitionName, type DropDefinition } from './definitions.js';

/**
 * Turns a definition name or a user-defined definition into a checked {@link DropDefinition}.
 * @param definition a built-in name (`summary`, `usage-page`, …) or an object of the same shape (default `'summary'`)
 * @returns the definition; throws `report.unknownDefinition` for an unknown name and `report.invalidDefinition`
 *   when `accepted` is dropped or an outcome is both dropped and excluded from the total
 * @example
 * resolveDefinition({ name: 'quota', title: 'quota only', dropped: ['rate_limited'], excluded: ['client_discard'], source: 'mine' });
 */
export function resolveDefinition(
  definition: DefinitionName | DropDefinition | string = 'summary',
): DropDefinition {
  if (typeof definition === 'string') {
    const found = (definitions as Record<string, DropDefinition | undefined>)[definition];
    if (!found) {
      throw new SentryOfflineError(
        'report.unknownDefinition',
        `unknown drop-rate definition "${definition}" (expected one of: ${Object.keys(definitions).join(', ')})`,
        { details: { definition } },
      );
    }
    return found;
  }
  const both = definition.dropped.filter((outcome) => definition.excluded.includes(outcome));
  if (definition.dropped.includes('accepted') || both.length > 0) {
    throw new SentryOfflineError(
      'report.invalidDefinition',
      `definition "${definition.name}": ` +
        (both.length > 0
          ? `${both.join(', ')} cannot be both dropped and excluded from the total`
          : 'accepted cannot be dropped'),
      { details: { definition: definition.name, outcomes: both.length > 0 ? both : ['accepted'] } },
    );
  }
  return definition;
}
