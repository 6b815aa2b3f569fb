import { describe, expect, it } from 'vitest';
import { compileSchema } from '../src/ajv.js';
import { inferShape, parseText, shapeToJsonSchema } from '../src/index.js';
import { listCases } from './util/cases.js';

describe('shapeToJsonSchema', () => {
  const payloads = [
    { id: 1, tags: { env: 'prod' }, items: [{ n: 'a' }, { n: null }] },
    { id: 2, tags: {}, items: [], note: 'x' },
  ];

  it('writes types, required properties, items and maps', () => {
    expect(
      shapeToJsonSchema(inferShape(payloads, { kind: null, maps: ['/tags'] }), { examples: false }),
    ).toEqual({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'inferred shape of 2 payloads',
      type: 'object',
      properties: {
        id: { type: 'number' },
        items: {
          type: 'array',
          items: { type: 'object', properties: { n: { type: ['string', 'null'] } }, required: ['n'] },
        },
        note: { type: 'string' },
        tags: { type: 'object', additionalProperties: { type: 'string' } },
      },
      required: ['id', 'items', 'tags'],
    });
  });

  it('writes the variants of a tagged list as anyOf, each with its tag', () => {
    const event = { entries: [{ type: 'message', n: 1 }, { type: 'spans' }] };
    const schema = shapeToJsonSchema(inferShape([event], { kind: 'event' }), { examples: false });
    expect(schema.properties).toEqual({
      entries: {
        type: 'array',
        items: {
          anyOf: [
            {
              type: 'object',
              properties: { n: { type: 'number' }, type: { type: 'string', const: 'message' } },
              required: ['n', 'type'],
            },
            { type: 'object', properties: { type: { type: 'string', const: 'spans' } }, required: ['type'] },
          ],
        },
      },
    });
    const validate = compileSchema(schema);
    expect(validate(event)).toBe(true);
    expect(validate({ entries: [{ type: 'message' }] })).toBe(false);
  });

  it('keeps examples and can forbid unseen properties', () => {
    const schema = shapeToJsonSchema(inferShape([{ a: 'x' }], { kind: null }), {
      additionalProperties: false,
    });
    expect(schema).toMatchObject({
      additionalProperties: false,
      properties: { a: { type: 'string', examples: ['x'] } },
    });
    const validate = compileSchema(schema);
    expect(validate({ a: 'y' })).toBe(true);
    expect(validate({ a: 'y', b: 1 })).toBe(false);
    expect(validate({})).toBe(false);
  });

  const cases = listCases().filter(
    (c) => c.kind !== 'bad-input' && c.file.endsWith('.json') && !c.name.startsWith('invalid-'),
  );
  for (const c of cases) {
    it(`${c.kind}/${c.name}: our ajv accepts the inferred schema and the payload validates against it`, () => {
      const parsed = parseText(c.file, c.text());
      if (!parsed.ok) throw new Error(`${c.name} does not parse`);
      const validate = compileSchema(
        shapeToJsonSchema(inferShape([parsed.value]), { additionalProperties: false }),
      );
      expect(validate(parsed.value), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('accepts every payload of a kind against the schema of all of them', () => {
    const values = listCases(['event'])
      .filter((c) => !c.name.startsWith('invalid-'))
      .map((c) => JSON.parse(c.text()) as unknown);
    const validate = compileSchema(shapeToJsonSchema(inferShape(values)));
    for (const value of values) expect(validate(value)).toBe(true);
  });
});
