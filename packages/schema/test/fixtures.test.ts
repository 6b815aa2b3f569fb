import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAYLOAD_KINDS, validateText, type PayloadKind } from '../src/index.js';
import { fixturesDir, listCases, readmeCases, toCanonicalJson } from './util/cases.js';

const kinds = PAYLOAD_KINDS as readonly string[];
// CSV downloads are read by the transform package; the schema validates JSON payloads
const cases = listCases().filter((c) => kinds.includes(c.kind) && c.file.endsWith('.json'));

describe('fixtures', () => {
  it('has a README row for every case folder and a folder for every README row', () => {
    const onDisk = listCases().map((c) => `${c.kind}/${c.name}`);
    expect(readmeCases().sort()).toEqual(onDisk.sort());
  });

  it('has cases for every payload kind', () => {
    const withCases = new Set(readdirSync(fixturesDir));
    expect(PAYLOAD_KINDS.filter((k) => !withCases.has(k))).toEqual([]);
  });

  for (const c of cases) {
    it(`${c.kind}/${c.name} validates as its golden says`, async () => {
      const text = c.text();
      const invalidCase = c.name.startsWith('invalid-');
      // a valid case is checked both ways: detected, and given its kind
      const result = validateText(c.file, text, invalidCase ? {} : { kind: c.kind as PayloadKind });
      const { value: _value, ...golden } = result;
      await expect(toCanonicalJson(golden)).toMatchFileSnapshot(join(c.dir, 'expected', 'validation.json'));
      if (invalidCase) {
        expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
      } else {
        expect(validateText(c.file, text).kind).toBe(c.kind);
        expect(result.ok).toBe(true);
      }
      expect(c.text()).toBe(text);
    });
  }
});
