import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { compileSchema } from '../src/ajv.js';
import { KIND_SPECS } from '../src/kind-specs.js';
import { hoistSubschemas } from '../src/util/hoist-subschemas.js';
import { listCases } from './util/cases.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** A fresh ajv as the library configures it; `inlineRefs` as given (ajv's default inlines every $ref). */
function freshAjv(inlineRefs: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, inlineRefs });
  addFormats(ajv, ['date-time']);
  return ajv;
}

/** Whether `validate` accepts `value`, and its errors as [instancePath, keyword, params], sorted. */
function run(validate: ValidateFunction, value: unknown) {
  const ok = validate(value);
  const errors = (validate.errors ?? []).map((e: ErrorObject) =>
    JSON.stringify([e.instancePath, e.keyword, e.params]),
  );
  return { ok, errors: errors.sort() };
}

/** Values that break a payload: up to `limit` of its leaves, one at a time, get the wrong type, then go missing. */
function* mutations(value: unknown, limit = 40): Generator<unknown> {
  const leaves: Array<{ parent: Record<string, unknown>; key: string }> = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (child === null || typeof child !== 'object')
        leaves.push({ parent: node as Record<string, unknown>, key });
      else walk(child);
    }
  };
  walk(value);
  const step = Math.max(1, Math.floor(leaves.length / limit));
  for (let i = 0; i < leaves.length; i += step) {
    const { parent, key } = leaves[i];
    const saved = parent[key];
    parent[key] = typeof saved === 'string' ? 7 : typeof saved === 'number' ? 'x' : { wrong: true };
    yield structuredClone(value);
    delete parent[key];
    yield structuredClone(value);
    parent[key] = saved;
  }
}

describe('hoistSubschemas', () => {
  const frame = { type: ['object', 'null'], properties: { fn: { type: 'string' } } };
  const schema = {
    $id: 'test:hoist',
    type: 'object',
    properties: {
      a: { type: 'array', items: frame },
      b: frame,
      c: { const: { type: 'object', properties: {} } },
      d: { type: 'string', examples: [{ type: 'object', properties: {} }] },
    },
  };

  it('makes one $defs entry of a subschema used twice, and leaves values that look like schemas alone', () => {
    expect(hoistSubschemas(schema)).toEqual({
      $id: 'test:hoist',
      type: 'object',
      properties: {
        a: { type: 'array', items: { $ref: '#/$defs/s0' } },
        b: { $ref: '#/$defs/s0' },
        c: { const: { type: 'object', properties: {} } },
        d: { type: 'string', examples: [{ type: 'object', properties: {} }] },
      },
      $defs: { s0: frame },
    });
  });

  it('hoists nested object schemas each into their own entry, inner ones referenced from outer ones', () => {
    const inner = { type: 'object', properties: { x: { type: 'integer' } } };
    const outer = { type: 'object', properties: { inner } };
    expect(
      hoistSubschemas({ type: 'object', properties: { outer, list: { type: 'array', items: [inner] } } }),
    ).toEqual({
      type: 'object',
      properties: { outer: { $ref: '#/$defs/s0' }, list: { type: 'array', items: [{ $ref: '#/$defs/s1' }] } },
      $defs: {
        s0: { type: 'object', properties: { inner: { $ref: '#/$defs/s1' } } },
        s1: inner,
      },
    });
  });

  it('returns the schema itself when there is nothing to hoist or it has $defs already, and never mutates it', () => {
    const flat = { type: 'object', properties: { a: { type: 'string' } } };
    expect(hoistSubschemas(flat)).toBe(flat);
    const withDefs = { ...schema, $defs: {} };
    expect(hoistSubschemas(withDefs)).toBe(withDefs);
    const before = structuredClone(schema);
    hoistSubschemas(schema);
    expect(schema).toEqual(before);
  });

  const cases = listCases().filter((c) => c.kind in KIND_SPECS && c.file === 'payload.json');

  it.each(Object.keys(KIND_SPECS))('leaves the %s schema a valid draft-07 schema', (kind) => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    addFormats(ajv, ['date-time']);
    const schema = KIND_SPECS[kind as keyof typeof KIND_SPECS].schema;
    expect(ajv.validateSchema(schema), ajv.errorsText()).toBe(true);
    expect(ajv.validateSchema(hoistSubschemas(schema as Record<string, unknown>)), ajv.errorsText()).toBe(
      true,
    );
  });

  it.each(Object.keys(KIND_SPECS))(
    'gives the same validity and errors as the original %s schema on every fixture and its mutations',
    (kind) => {
      const schema = KIND_SPECS[kind as keyof typeof KIND_SPECS].schema;
      const original = freshAjv(true).compile(schema);
      const hoisted = freshAjv(false).compile(hoistSubschemas(schema as Record<string, unknown>));
      // and so does the validator the library runs (hoisted, unoptimised code, the fast date-time path)
      const library = compileSchema(schema);
      let invalid = 0;
      for (const c of cases.filter((x) => x.kind === kind)) {
        const payload: unknown = JSON.parse(c.text());
        for (const value of [payload, ...mutations(payload)]) {
          const want = run(original, value);
          expect(run(hoisted, value), c.name).toEqual(want);
          expect(run(library, value), c.name).toEqual(want);
          if (!want.ok) invalid++;
        }
      }
      // the mutations exercise the error path too, not only the valid one
      expect(invalid).toBeGreaterThan(0);
    },
  );
});
