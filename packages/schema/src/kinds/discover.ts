import type { FromSchema } from 'json-schema-to-ts';
import type { Finding } from '../types.js';
import { toPointer } from '../util/pointer.js';
import { unknownValueFinding } from '../util/unknown-value-finding.js';

/**
 * JSON Schema of the Discover / Explore table response (`/organizations/{org}/events/`): `data[]` rows keyed by
 * field name, and `meta` with the type (`meta.fields`) and unit (`meta.units`) of each field. Unknown properties
 * pass; unlike Sentry's OpenAPI schema, `meta.tips` values may be null (as real responses have them).
 */
export const discoverSchema = {
  $id: 'sentry-offline:discover',
  title: 'discover',
  type: 'object',
  required: ['data', 'meta'],
  properties: {
    data: { type: 'array', items: { type: 'object' } },
    meta: {
      type: 'object',
      properties: {
        fields: { type: 'object', additionalProperties: { type: 'string' } },
        units: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
        dataset: { type: 'string' },
        isMetricsData: { type: 'boolean' },
      },
    },
  },
} as const;

/** A Discover query response, typed from {@link discoverSchema}. */
export type Discover = FromSchema<typeof discoverSchema>;

/**
 * The field types Sentry names in `meta.fields` (src/sentry/search/events/constants.py `RESULT_TYPES` and the
 * frontend's `ColumnValueType`).
 */
export const DISCOVER_FIELD_TYPES = [
  'array',
  'boolean',
  'currency',
  'date',
  'duration',
  'integer',
  'number',
  'percent_change',
  'percentage',
  'rate',
  'score',
  'size',
  'string',
] as const;

/**
 * Row keys Sentry adds after the query without naming them in `meta.fields`, and the field that brings each:
 * `handle_issues` in src/sentry/api/bases/organization_events.py adds the short id `issue` to every row that has
 * an `issue.id`.
 */
const IMPLIED_KEYS = new Map([['issue', 'issue.id']]);

/** What validation learns about a Discover payload besides its issues. */
export interface DiscoverFacts {
  rows: number;
  /** The fields of `meta.fields`, in their order. */
  fields: string[];
  dataset: string | null;
}

/**
 * Checks of a schema-valid Discover payload that JSON Schema cannot express: every row's keys are fields named in
 * `meta.fields` (a key that is not is reported once, at its first row) and every field type is a known one.
 * @param payload a payload that passed {@link discoverSchema}
 * @example
 * checkDiscover({ data: [{ 'count()': 3 }], meta: { fields: { 'count()': 'integer' } } }).findings; // []
 */
export function checkDiscover(payload: Discover): { findings: Finding[]; facts: DiscoverFacts } {
  const findings: Finding[] = [];
  const fields = payload.meta.fields;
  const names = Object.keys(fields ?? {});
  for (const name of names) {
    const type = fields?.[name] ?? '';
    if (!(DISCOVER_FIELD_TYPES as readonly string[]).includes(type)) {
      findings.push(unknownValueFinding(['meta', 'fields', name], type, 'field type', DISCOVER_FIELD_TYPES));
    }
  }
  if (fields === undefined && payload.data.length > 0) {
    findings.push({
      pointer: '/meta',
      keyword: 'fields',
      message: 'has no "fields": the type of each column is unknown',
    });
  } else if (fields !== undefined) {
    const rowsWith = new Map<string, { first: number; count: number }>();
    payload.data.forEach((row, r) => {
      for (const key of Object.keys(row)) {
        const impliedBy = IMPLIED_KEYS.get(key);
        if (key in fields || (impliedBy !== undefined && impliedBy in fields)) continue;
        const seen = rowsWith.get(key);
        if (seen) seen.count++;
        else rowsWith.set(key, { first: r, count: 1 });
      }
    });
    for (const [key, { first, count }] of rowsWith) {
      findings.push({
        pointer: toPointer(['data', first, key]),
        keyword: 'undeclaredField',
        message: `"${key}" (in ${count} of ${payload.data.length} rows) is not in meta.fields (have: ${names.join(', ')})`,
      });
    }
  }
  const dataset = payload.meta.dataset;
  return { findings, facts: { rows: payload.data.length, fields: names, dataset: dataset ?? null } };
}
