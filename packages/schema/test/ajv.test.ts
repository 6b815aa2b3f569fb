import { describe, expect, it } from 'vitest';
import { schemaFindings } from '../src/ajv.js';

const schema = {
  $id: 'test:ajv-messages',
  type: 'object',
  properties: { a: { type: ['integer', 'string', 'boolean'] }, b: { type: 'number' } },
  required: ['b'],
};

describe('schemaFindings', () => {
  it('names every allowed type and says null once', () => {
    expect(schemaFindings(schema, { a: null, b: 1 })).toEqual([
      {
        pointer: '/a',
        keyword: 'type',
        message: 'expected integer or string or boolean, found null',
        severity: 'error',
      },
    ]);
  });

  it('shows the offending value and a missing member', () => {
    expect(schemaFindings(schema, { a: [1, 2] })).toEqual([
      { pointer: '', keyword: 'required', message: 'has no "b" (required)', severity: 'error' },
      {
        pointer: '/a',
        keyword: 'type',
        message: 'expected integer or string or boolean, found a list of 2',
        severity: 'error',
      },
    ]);
  });
});
