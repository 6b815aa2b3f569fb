import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBytes, type PayloadKind, type ValidationResult } from '../src/index.js';
import { listCases, toCanonicalJson } from './util/cases.js';

// NDJSON is split into lines by the CLI; its bad-input cases are checked in packages/cli/test/bad-input.test.ts
const cases = listCases(['bad-input']).filter((c) => !c.file.endsWith('.ndjson'));

type First = [keyword: string, pointer: string, line: number, column: number] | null;

/**
 * Worked out by hand from each payload (see fixtures/README.md): whether the file is valid, the kind it is
 * validated as, and its first issue. A function computes a place from the bytes where counting by eye is
 * error-prone.
 */
const EXPECTED: Record<
  string,
  [ok: boolean, kind: PayloadKind | null, first: First | ((b: Buffer) => First)]
> = {
  'invalid-api-400-detail': [false, 'error-response', ['errorResponse', '/detail', 1, 2]],
  'invalid-api-400-field-errors': [false, null, ['kind', '', 1, 1]],
  'invalid-api-401-detail': [false, 'error-response', ['errorResponse', '/detail', 1, 2]],
  'invalid-api-403-detail': [false, 'error-response', ['errorResponse', '/detail', 1, 2]],
  'invalid-api-404-detail': [false, 'error-response', ['errorResponse', '/detail', 1, 2]],
  'invalid-api-429-detail': [false, 'error-response', ['errorResponse', '/detail', 1, 2]],
  'invalid-api-detail-object': [false, 'error-response', ['errorResponse', '/detail', 1, 2]],
  'big-id-as-string': [true, 'stats-summary', null],
  'invalid-binary-png': [false, null, ['encoding', '', 1, 1]],
  'invalid-bom-only': [false, null, ['empty', '', 1, 1]],
  'bom-utf8-stats-v2': [true, 'stats-v2', null],
  'invalid-comment-line': [false, null, ['syntax', '', 1, 1]],
  'invalid-control-character-in-string': [false, null, ['syntax', '', 1, 12]],
  'invalid-deep-nesting-100k': [false, null, ['nesting', '', 1, 513]],
  // line 6 is '  "extra": {"a": {"a": …': the 512th '{"a": ' of 6 characters opens level 513 (the event is level 1)
  'invalid-deep-nesting-in-extra': [false, null, ['nesting', '', 6, 11 + 511 * 6 + 1]],
  'duplicate-key-event-id': [true, 'raw-event', ['duplicateKey', '/event_id', 4, 3]],
  'duplicate-key-outcome': [true, 'stats-v2', ['duplicateKey', '/groups/1/by/outcome', 12, 63]],
  'invalid-empty-array': [false, null, ['kind', '', 1, 1]],
  'invalid-empty-file': [false, null, ['empty', '', 1, 1]],
  'invalid-empty-object': [false, null, ['kind', '', 1, 1]],
  'invalid-events-list-null-element': [false, 'events-list', ['type', '/1', 12, 3]],
  'invalid-events-list-one-bad-element': [false, 'events-list', ['type', '/1/eventID', 16, 5]],
  'invalid-fractional-count': [
    false,
    'stats-summary',
    ['type', '/projects/0/stats/0/outcomes/filtered', 11, 42],
  ],
  'gzip-stats-v2': [false, null, ['gzip', '', 1, 1]],
  'invalid-gzip-truncated': [false, null, ['gzip', '', 1, 1]],
  'invalid-html-502-nginx': [false, null, ['html', '', 3, 1]],
  'invalid-html-cloudflare-challenge': [false, null, ['html', '', 1, 1]],
  'invalid-html-login-page': [false, null, ['html', '', 1, 1]],
  'invalid-infinity-in-totals': [false, null, ['syntax', '', 13, 36]],
  'invalid-json-null': [false, null, ['kind', '', 1, 1]],
  'invalid-json-string': [false, null, ['kind', '', 1, 1]],
  'invalid-latin1-title': [false, null, ['encoding', '', 10, 22]],
  'invalid-nan-in-series': [false, null, ['syntax', '', 9, 41]],
  'invalid-negative-count': [false, 'stats-v2', ['minimum', '/groups/0/series/sum(quantity)/1', 9, 41]],
  'invalid-plain-text-500': [false, null, ['syntax', '', 1, 1]],
  'proto-group-keys': [true, 'stats-v2', null],
  'proto-object-keys': [true, 'raw-event', null],
  'proto-tag-keys': [true, 'raw-event', null],
  'invalid-python-none': [false, null, ['syntax', '', 1, 12]],
  'invalid-sessions-response': [false, null, ['kind', '', 1, 1]],
  'invalid-single-quoted-python-repr': [false, null, ['syntax', '', 1, 2]],
  'invalid-trailing-comma': [false, null, ['syntax', '', 3, 1]],
  'invalid-trailing-garbage-text': [false, null, ['syntax', '', 18, 1]],
  'invalid-trailing-nul-bytes': [false, null, ['syntax', '', 18, 1]],
  'invalid-trailing-second-document': [false, null, (b) => ['syntax', '', 1, b.indexOf('}{') + 2]],
  'invalid-truncated-after-colon': [false, null, ['syntax', '', 2, 11]],
  'invalid-truncated-after-open-brace': [false, null, ['syntax', '', 1, 2]],
  'invalid-truncated-between-groups': [false, null, ['syntax', '', 11, 1]],
  'invalid-truncated-events-list': [false, null, ['syntax', '', 18, 14]],
  'invalid-truncated-in-key': [false, null, ['syntax', '', 2, 3]],
  'invalid-truncated-in-series': [false, null, ['syntax', '', 9, 42]],
  'invalid-truncated-in-string': [false, null, ['syntax', '', 4, 41]],
  'invalid-truncated-mid-escape': [false, null, ['syntax', '', 1, 12]],
  // cut at half its bytes, after the indentation of a frame: reported where the text ends
  'invalid-truncated-raw-event-half': [false, null, (b) => endOf(b.toString('utf8'))],
  'unsafe-integer-count': [true, 'stats-v2', ['unsafeInteger', '/groups/1/series/sum(quantity)/1', 14, 40]],
  'unsafe-integer-project-id': [true, 'stats-summary', ['unsafeInteger', '/projects/0/id', 6, 13]],
  'invalid-utf16be-bom-error-body': [false, 'error-response', ['errorResponse', '/detail', 1, 2]],
  'utf16le-bom-stats-v2': [true, 'stats-v2', null],
  'utf16le-no-bom-stats-summary': [true, 'stats-summary', null],
  'invalid-utf16le-odd-byte': [false, null, ['encoding', '', 1, 1]],
  'invalid-utf8-cut-mid-character': [false, null, ['encoding', '', 18, 25]],
  'invalid-utf8-encoded-surrogate': [false, null, ['encoding', '', 1, 13]],
  'invalid-utf8-overlong': [false, null, ['encoding', '', 1, 14]],
  'invalid-whitespace-only': [false, null, ['empty', '', 4, 1]],
  'invalid-wrong-kind-raw-event-as-event': [false, 'event', ['kind', '', 1, 1]],
  'invalid-wrong-kind-summary-as-stats-v2': [false, 'stats-v2', ['kind', '', 1, 1]],
  'invalid-xml-s3-access-denied': [false, null, ['html', '', 1, 1]],
  'invalid-zip-archive': [false, null, ['zip', '', 1, 1]],
};

function endOf(text: string): First {
  const lines = text.split('\n');
  return ['syntax', '', lines.length, lines[lines.length - 1].length + 1];
}

function options(dir: string): { kind?: PayloadKind } {
  const file = join(dir, 'options.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

const firstIssue = (result: ValidationResult): First => {
  const i = result.issues[0];
  return i ? [i.keyword, i.pointer, i.line as number, i.column as number] : null;
};

describe('bad input (fixtures/bad-input)', () => {
  it('has at least 60 cases, each stated by hand here', () => {
    expect(listCases(['bad-input']).length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(EXPECTED).sort()).toEqual(cases.map((c) => c.name).sort());
  });

  for (const c of cases) {
    it(`${c.name}: ${EXPECTED[c.name]?.[0] ? 'valid' : 'invalid'} as stated, and as its golden says`, async () => {
      const bytes = readFileSync(join(c.dir, c.file));
      const copy = Buffer.from(bytes);
      const result = validateBytes(c.file, new Uint8Array(bytes), options(c.dir));
      const [ok, kind, first] = EXPECTED[c.name];
      expect([result.ok, result.kind]).toEqual([ok, kind]);
      expect(firstIssue(result)).toEqual(typeof first === 'function' ? first(bytes) : first);
      expect(result.issues.every((i) => i.file === c.file && i.message.length < 800)).toBe(true);
      const { value: _value, ...golden } = result;
      await expect(toCanonicalJson(golden)).toMatchFileSnapshot(c.expected('validation.json'));
      expect(bytes.equals(copy)).toBe(true);
    });
  }

  it('names the byte offset of the first byte that is not UTF-8', () => {
    const at = (name: string) => {
      const c = cases.find((k) => k.name === name)!;
      const bytes = readFileSync(join(c.dir, c.file));
      return [bytes, validateBytes(c.file, new Uint8Array(bytes)).issues[0].message] as const;
    };
    const [latin1, latin1Message] = at('invalid-latin1-title');
    expect(latin1Message).toContain(`at byte offset ${latin1.indexOf(0xe9)} (e9 `);
    const [cut, cutMessage] = at('invalid-utf8-cut-mid-character');
    expect(cutMessage).toContain(`at byte offset ${cut.length - 1} (c3)`);
  });

  it('keeps prototype-named keys as data and leaves Object.prototype alone', () => {
    const c = cases.find((k) => k.name === 'proto-tag-keys')!;
    const result = validateBytes(c.file, new Uint8Array(readFileSync(join(c.dir, c.file))));
    expect((result.value as { tags: unknown }).tags).toEqual([
      ['__proto__', 'polluted'],
      ['constructor', 'c'],
      ['prototype', 'p'],
    ]);
    const g = cases.find((k) => k.name === 'proto-group-keys')!;
    const groups = validateBytes(g.file, new Uint8Array(readFileSync(join(g.dir, g.file))));
    const by = (groups.value as { groups: Array<{ by: object }> }).groups[0].by;
    expect(Object.keys(by)).toEqual(['category', 'outcome', '__proto__']);
    expect(Object.getPrototypeOf(by)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
