import type { FromSchema } from 'json-schema-to-ts';
import type { Finding } from '../types.js';
import { EVENT_TYPES } from '../vocabulary.js';
import { eventIdFinding } from '../util/event-id-finding.js';
import { toPointer } from '../util/pointer.js';
import { unknownValueFinding } from '../util/unknown-value-finding.js';

const str = { type: ['string', 'null'] } as const;

/** JSON Schema of the list of events (`/projects/{org}/{project}/events/`, `/issues/{id}/events/`): Sentry's simple event serializer. Unknown properties pass. */
export const eventsListSchema = {
  $id: 'sentry-offline:events-list',
  title: 'events-list',
  type: 'array',
  items: {
    type: 'object',
    required: ['eventID'],
    properties: {
      eventID: { type: 'string' },
      id: { type: 'string' },
      groupID: { type: ['string', 'integer', 'null'] },
      projectID: { type: ['string', 'integer', 'null'] },
      'event.type': str,
      title: str,
      message: str,
      culprit: str,
      location: str,
      platform: str,
      crashFile: str,
      dateCreated: { type: ['string', 'null'], format: 'date-time' },
      tags: {
        type: ['array', 'object', 'null'],
        items: { type: 'object', required: ['key'], properties: { key: { type: 'string' }, value: str } },
      },
      user: {
        type: ['object', 'null'],
        properties: { id: str, email: str, username: str, ip_address: str, name: str },
      },
      metadata: { type: ['object', 'null'] },
    },
  },
} as const;

/** List of events (`/projects/{org}/{project}/events/`, `/issues/{id}/events/`), typed from {@link eventsListSchema}. */
export type EventsList = FromSchema<typeof eventsListSchema>;

/** What validation learns about an events list besides its issues. */
export interface EventsListFacts {
  events: number;
  /** Distinct platforms, sorted. */
  platforms: string[];
  /** Distinct issues (`groupID`) the events belong to. */
  groups: number;
}

/**
 * Checks of a schema-valid events list that JSON Schema cannot express: event ids that are not 32 hex digits,
 * the same event twice (overlapping pages), unknown `event.type` values.
 * @param payload an events list that passed {@link eventsListSchema}
 * @example
 * const { findings, facts } = checkEventsList(payload); // facts.events, facts.groups
 */
export function checkEventsList(payload: EventsList): { findings: Finding[]; facts: EventsListFacts } {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  const platforms = new Set<string>();
  const groups = new Set<string>();
  payload.forEach((event, i) => {
    const idFinding = eventIdFinding([i, 'eventID'], event.eventID);
    if (idFinding) findings.push(idFinding);
    const first = seen.get(event.eventID);
    if (first !== undefined) {
      findings.push({
        pointer: toPointer([i, 'eventID']),
        keyword: 'duplicateEvent',
        message: `event "${event.eventID}" is also /${first}: overlapping pages would count it twice`,
      });
    } else seen.set(event.eventID, i);
    const type = event['event.type'];
    if (typeof type === 'string' && !(EVENT_TYPES as readonly string[]).includes(type)) {
      findings.push(unknownValueFinding([i, 'event.type'], type, 'event type', EVENT_TYPES));
    }
    if (typeof event.platform === 'string') platforms.add(event.platform);
    if (event.groupID !== undefined && event.groupID !== null) groups.add(String(event.groupID));
  });
  return {
    findings,
    facts: { events: payload.length, platforms: [...platforms].sort(), groups: groups.size },
  };
}
