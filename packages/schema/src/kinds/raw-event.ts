import type { FromSchema } from 'json-schema-to-ts';
import type { Finding } from '../types.js';
import {
  checkEventShape,
  type EventFacts,
  type ExceptionView,
  type FrameListView,
  type ThreadView,
} from './check-event-shape.js';

const str = { type: ['string', 'null'] } as const;
const int = { type: ['integer', 'null'] } as const;
const bool = { type: ['boolean', 'null'] } as const;
const obj = { type: ['object', 'null'] } as const;
const timestamp = { type: ['number', 'string', 'null'] } as const;
const addr = { type: ['string', 'integer', 'null'] } as const;
const lines = { type: ['array', 'null'], items: { type: ['string', 'null'] } } as const;

/** One frame of the raw event (snake_case), as in Relay's event schema. */
const frameSchema = {
  type: ['object', 'null'],
  properties: {
    function: str,
    raw_function: str,
    module: str,
    package: str,
    filename: str,
    abs_path: str,
    lineno: int,
    colno: int,
    in_app: bool,
    platform: str,
    instruction_addr: addr,
    symbol_addr: addr,
    image_addr: addr,
    symbol: str,
    vars: obj,
    pre_context: lines,
    context_line: str,
    post_context: lines,
  },
} as const;

const stacktraceSchema = {
  type: ['object', 'null'],
  properties: {
    frames: { type: ['array', 'null'], items: frameSchema },
    frames_omitted: { type: ['array', 'null'] },
    registers: obj,
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
      properties: {
        type: str,
        handled: bool,
        synthetic: bool,
        description: str,
        help_link: str,
        data: obj,
        meta: obj,
      },
    },
    stacktrace: stacktraceSchema,
    raw_stacktrace: stacktraceSchema,
    thread_id: { type: ['integer', 'string', 'null'] },
  },
} as const;

const threadSchema = {
  type: ['object', 'null'],
  properties: {
    id: { type: ['integer', 'string', 'null'] },
    crashed: bool,
    current: bool,
    main: bool,
    name: str,
    state: str,
    stacktrace: stacktraceSchema,
    raw_stacktrace: stacktraceSchema,
  },
} as const;

const breadcrumbSchema = {
  type: ['object', 'null'],
  properties: { timestamp, type: str, category: str, level: str, message: str, data: obj },
} as const;

/** `{ values: [...] }`, or the bare list that older SDKs sent. */
const valuesOrList = <T extends object>(items: T) =>
  ({
    type: ['object', 'array', 'null'],
    properties: { values: { type: ['array', 'null'], items } },
    items,
  }) as const;

const exceptionInterface = {
  ...valuesOrList(exceptionSchema),
  properties: { ...valuesOrList(exceptionSchema).properties, exc_omitted: { type: ['array', 'null'] } },
} as const;
const threadsInterface = valuesOrList(threadSchema);
const breadcrumbsInterface = valuesOrList(breadcrumbSchema);
const logentrySchema = { type: ['object', 'null'], properties: { formatted: str, message: str } } as const;

/** JSON Schema of the stored or ingested event JSON (`/events/{id}/json/`, Sentry's sample events: `exception.values[]`, snake_case frames). Unknown properties pass. */
export const rawEventSchema = {
  $id: 'sentry-offline:raw-event',
  title: 'raw-event',
  type: 'object',
  properties: {
    event_id: str,
    type: str,
    level: str,
    platform: str,
    logger: str,
    culprit: str,
    transaction: str,
    server_name: str,
    release: str,
    dist: str,
    environment: str,
    timestamp,
    start_timestamp: timestamp,
    received: timestamp,
    message: { type: ['string', 'object', 'null'] },
    logentry: logentrySchema,
    exception: exceptionInterface,
    threads: threadsInterface,
    stacktrace: stacktraceSchema,
    breadcrumbs: breadcrumbsInterface,
    tags: {
      type: ['object', 'array', 'null'],
      items: { type: ['array', 'null'], minItems: 2, maxItems: 2, items: str },
    },
    fingerprint: { type: ['array', 'null'] },
    user: obj,
    request: obj,
    contexts: obj,
    extra: obj,
    modules: obj,
    sdk: {
      type: ['object', 'null'],
      properties: {
        name: str,
        version: str,
        integrations: { type: ['array', 'null'] },
        packages: { type: ['array', 'null'] },
      },
    },
    debug_meta: { type: ['object', 'null'], properties: { images: { type: ['array', 'null'] } } },
    spans: { type: ['array', 'null'] },
    'sentry.interfaces.Exception': exceptionInterface,
    'sentry.interfaces.Stacktrace': stacktraceSchema,
    'sentry.interfaces.Breadcrumbs': breadcrumbsInterface,
    'sentry.interfaces.Message': logentrySchema,
    'sentry.interfaces.Http': obj,
    'sentry.interfaces.User': obj,
  },
} as const;

/** Stored or ingested event JSON (`/events/{id}/json/`, Sentry's sample events: `exception.values[]`, snake_case frames), typed from {@link rawEventSchema}. */
export type RawEvent = FromSchema<typeof rawEventSchema>;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function stackOf(value: unknown, path: Array<string | number>): FrameListView | null {
  if (!isObject(value) || !isObject(value.stacktrace) || !Array.isArray(value.stacktrace.frames)) return null;
  return { path: [...path, 'stacktrace', 'frames'], frames: value.stacktrace.frames };
}

/** The items of `{ values: [...] }` or of a bare list, with the path of the list. */
function valuesAt(event: Obj, key: string): { path: Array<string | number>; values: unknown[] } | null {
  const v = event[key];
  if (Array.isArray(v)) return { path: [key], values: v };
  if (isObject(v) && Array.isArray(v.values)) return { path: [key, 'values'], values: v.values };
  return null;
}

/**
 * Checks of a schema-valid raw event that JSON Schema cannot express: the event id, event type and level,
 * exception and thread shapes, frames without function, file or address. The `sentry.interfaces.*` keys of old
 * payloads are read where the modern key is absent.
 * @param payload a raw event that passed {@link rawEventSchema}
 * @example
 * const { findings, facts } = checkRawEvent(payload); // facts.shape === 'raw'
 */
export function checkRawEvent(payload: RawEvent): { findings: Finding[]; facts: EventFacts } {
  const event = payload as Obj;
  const exceptionKey = 'exception' in event ? 'exception' : 'sentry.interfaces.Exception';
  const stacktraceKey = 'stacktrace' in event ? 'stacktrace' : 'sentry.interfaces.Stacktrace';
  const exceptions: ExceptionView[] = [];
  const threads: ThreadView[] = [];
  const stacks: FrameListView[] = [];
  const chain = valuesAt(event, exceptionKey);
  chain?.values.forEach((value, i) => {
    const path = [...chain.path, i];
    exceptions.push({ path, value, threadIdKey: 'thread_id', stack: stackOf(value, path) });
  });
  const list = valuesAt(event, 'threads');
  list?.values.forEach((value, i) => {
    const path = [...list.path, i];
    threads.push({ path, value, stack: stackOf(value, path) });
  });
  const standalone = event[stacktraceKey];
  if (isObject(standalone) && Array.isArray(standalone.frames)) {
    stacks.push({ path: [stacktraceKey, 'frames'], frames: standalone.frames });
  }
  const breadcrumbs =
    valuesAt(event, 'breadcrumbs') ?? valuesAt(event, 'sentry.interfaces.Breadcrumbs') ?? undefined;
  return checkEventShape({
    shape: 'raw',
    idKey: 'event_id',
    event,
    exceptions,
    threads,
    stacks,
    breadcrumbs,
  });
}
