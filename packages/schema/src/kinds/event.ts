import type { FromSchema } from 'json-schema-to-ts';
import type { Finding } from '../types.js';
import { ENTRY_TYPES } from '../vocabulary.js';
import { unknownValueFinding } from '../util/unknown-value-finding.js';
import { checkEventShape, type EventFacts, type FrameListView, type EventView } from './check-event-shape.js';

const str = { type: ['string', 'null'] } as const;
const int = { type: ['integer', 'null'] } as const;
const bool = { type: ['boolean', 'null'] } as const;
const obj = { type: ['object', 'null'] } as const;
const threadId = { type: ['integer', 'string', 'null'] } as const;

/** One frame of the API event detail (camelCase). */
const frameSchema = {
  type: ['object', 'null'],
  properties: {
    function: str,
    rawFunction: str,
    module: str,
    package: str,
    filename: str,
    absPath: str,
    lineNo: int,
    colNo: int,
    inApp: bool,
    platform: str,
    instructionAddr: str,
    symbolAddr: str,
    symbol: str,
    trust: str,
    vars: obj,
    context: { type: ['array', 'null'], items: { type: 'array' } },
  },
} as const;

const stacktraceSchema = {
  type: ['object', 'null'],
  properties: {
    frames: { type: ['array', 'null'], items: frameSchema },
    framesOmitted: { type: ['array', 'null'] },
    registers: obj,
    hasSystemFrames: bool,
  },
} as const;

const exceptionSchema = {
  type: ['object', 'null'],
  properties: {
    type: str,
    value: str,
    module: str,
    mechanism: {
      type: ['object', 'null'],
      properties: { type: str, handled: bool, synthetic: bool, description: str, data: obj, meta: obj },
    },
    stacktrace: stacktraceSchema,
    rawStacktrace: stacktraceSchema,
    threadId,
  },
} as const;

const threadSchema = {
  type: ['object', 'null'],
  properties: {
    id: threadId,
    crashed: bool,
    current: bool,
    main: bool,
    name: str,
    state: str,
    stacktrace: stacktraceSchema,
    rawStacktrace: stacktraceSchema,
  },
} as const;

const valuesOf = (items: object) =>
  ({ type: 'object', properties: { values: { type: ['array', 'null'], items } } }) as const;

/** The `data` of each known entry type; unknown entry types pass with any data. */
const entryData = [
  [
    'exception',
    {
      ...valuesOf(exceptionSchema),
      properties: {
        ...valuesOf(exceptionSchema).properties,
        excOmitted: { type: ['array', 'null'] },
        hasSystemFrames: bool,
      },
    },
  ],
  ['threads', valuesOf(threadSchema)],
  ['stacktrace', stacktraceSchema],
  ['breadcrumbs', valuesOf({ type: ['object', 'null'] })],
  ['message', { type: 'object', properties: { formatted: str, message: str } }],
  ['request', { type: 'object' }],
  ['spans', { type: 'array' }],
  ['debugmeta', { type: 'object', properties: { images: { type: ['array', 'null'] } } }],
] as const;

/** JSON Schema of the project event detail (`/projects/{org}/{project}/events/{id}/`: `entries[]`, camelCase frames). Unknown properties pass. */
export const eventSchema = {
  $id: 'sentry-offline:event',
  title: 'event',
  type: 'object',
  required: ['eventID', 'entries'],
  properties: {
    eventID: { type: 'string' },
    id: { type: 'string' },
    groupID: { type: ['string', 'integer', 'null'] },
    projectID: { type: ['string', 'integer', 'null'] },
    title: str,
    message: str,
    culprit: str,
    location: str,
    platform: str,
    type: str,
    level: str,
    dist: str,
    dateCreated: { type: ['string', 'null'], format: 'date-time' },
    dateReceived: { type: ['string', 'null'], format: 'date-time' },
    tags: {
      type: ['array', 'object', 'null'],
      items: { type: 'object', required: ['key'], properties: { key: { type: 'string' }, value: str } },
    },
    user: obj,
    contexts: obj,
    context: obj,
    sdk: { type: ['object', 'null'], properties: { name: str, version: str } },
    release: { type: ['object', 'null'], properties: { version: { type: 'string' } } },
    metadata: obj,
    errors: { type: ['array', 'null'] },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'data'],
        properties: { type: { type: 'string' }, data: {} },
        allOf: entryData.map(([type, data]) => ({
          if: { properties: { type: { const: type } } },
          then: { properties: { data } },
        })),
      },
    },
  },
} as const;

/** Project event detail (`/projects/{org}/{project}/events/{id}/`: `entries[]`, camelCase frames), typed from {@link eventSchema}. */
export type Event = FromSchema<typeof eventSchema>;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function stackOf(value: unknown, path: Array<string | number>): FrameListView | null {
  if (!isObject(value) || !isObject(value.stacktrace) || !Array.isArray(value.stacktrace.frames)) return null;
  return { path: path.concat('stacktrace', 'frames'), frames: value.stacktrace.frames };
}

/**
 * Checks of a schema-valid event detail that JSON Schema cannot express: unknown entry types, event types and
 * levels; the event id; exception and thread shapes; frames without function, file or address.
 * @param payload an event detail that passed {@link eventSchema}
 * @example
 * const { findings, facts } = checkEvent(payload); // facts.shape === 'api'
 */
export function checkEvent(payload: Event): { findings: Finding[]; facts: EventFacts } {
  const findings: Finding[] = [];
  const view: EventView = {
    shape: 'api',
    idKey: 'eventID',
    event: payload as Obj,
    exceptions: [],
    threads: [],
    stacks: [],
  };
  const entries = payload.entries;
  for (let e = 0; e < entries.length; e++) {
    const { type, data } = entries[e];
    if (!(ENTRY_TYPES as readonly string[]).includes(type)) {
      findings.push(unknownValueFinding(['entries', e, 'type'], type, 'entry type', ENTRY_TYPES));
    }
    const values = isObject(data) && Array.isArray(data.values) ? data.values : [];
    if (type === 'exception') {
      for (let i = 0; i < values.length; i++) {
        const path = ['entries', e, 'data', 'values', i];
        const value: unknown = values[i];
        view.exceptions.push({ path, value, threadIdKey: 'threadId', stack: stackOf(value, path) });
      }
    } else if (type === 'threads') {
      for (let i = 0; i < values.length; i++) {
        const path = ['entries', e, 'data', 'values', i];
        const value: unknown = values[i];
        view.threads.push({ path, value, stack: stackOf(value, path) });
      }
    } else if (type === 'stacktrace' && isObject(data) && Array.isArray(data.frames)) {
      view.stacks.push({ path: ['entries', e, 'data', 'frames'], frames: data.frames });
    } else if (type === 'breadcrumbs') {
      view.breadcrumbs = { path: ['entries', e, 'data', 'values'], values };
    }
  }
  const shape = checkEventShape(view);
  return {
    findings: findings.length ? [...findings, ...shape.findings] : shape.findings,
    facts: shape.facts,
  };
}
