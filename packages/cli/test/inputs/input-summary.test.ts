import { describe, expect, it } from 'vitest';
import {
  addToSummary,
  EMPTY_SUMMARY,
  fileStatus,
  formatSummary,
  type InputFile,
  type InputResult,
} from '../../src/index.js';

const read: InputFile = {
  status: 'read',
  name: 'a.json',
  path: null,
  format: 'json',
  text: '{}',
  bytes: 2,
  issues: [],
};
const result = (over: Partial<InputResult>): InputResult => ({
  file: 'a.json',
  format: 'json',
  kind: 'stats-v2',
  ok: true,
  issues: [],
  omitted: 0,
  values: [{}],
  documents: 1,
  rejected: 0,
  ...over,
});
const warning = {
  file: 'a.json',
  pointer: '',
  line: 1,
  column: 1,
  severity: 'warning' as const,
  keyword: 'k',
  message: 'm',
};

describe('fileStatus', () => {
  it('tells valid, valid with warnings, invalid, unreadable and skipped apart', () => {
    expect(fileStatus(read, result({}))).toBe('valid');
    expect(fileStatus(read, result({ issues: [warning] }))).toBe('warnings');
    expect(fileStatus(read, result({ ok: false }))).toBe('invalid');
    expect(fileStatus({ status: 'unreadable', name: 'x', path: null, code: 'ENOENT', reason: 'r' })).toBe(
      'unreadable',
    );
    expect(fileStatus({ status: 'skipped', name: 'x', path: null, reason: 'r' })).toBe('skipped');
  });
});

describe('addToSummary', () => {
  it('counts so that files = valid + invalid + unreadable and documents = accepted + rejected', () => {
    let summary = EMPTY_SUMMARY;
    summary = addToSummary(summary, read, result({}));
    summary = addToSummary(summary, read, result({ issues: [warning] }));
    summary = addToSummary(summary, read, result({ ok: false, rejected: 1, values: [] }));
    summary = addToSummary(
      summary,
      { ...read, format: 'ndjson' },
      result({ ok: false, documents: 4, rejected: 1 }),
    );
    summary = addToSummary(summary, {
      status: 'unreadable',
      name: 'x',
      path: null,
      code: 'ENOENT',
      reason: 'r',
    });
    summary = addToSummary(summary, { status: 'skipped', name: 'y', path: null, reason: 'r' });
    expect(summary).toEqual({
      files: 5,
      read: 4,
      valid: 2,
      withWarnings: 1,
      invalid: 2,
      unreadable: 1,
      skipped: 1,
      documents: 7,
      rejected: 2,
      // results without their own record counts count their documents (the reason: no error issue was given)
      records: { read: 7, counted: 5, rejected: 2, reasons: { invalid: 2 } },
    });
    expect(EMPTY_SUMMARY.files).toBe(0);
  });
});

describe('formatSummary', () => {
  it('names documents only when a file held more than one', () => {
    const base = {
      ...EMPTY_SUMMARY,
      files: 3,
      read: 2,
      valid: 1,
      withWarnings: 1,
      invalid: 1,
      unreadable: 1,
      documents: 2,
      rejected: 1,
    };
    expect(formatSummary(base)).toBe('3 files: 1 valid (1 with warnings), 1 invalid, 1 unreadable');
    expect(formatSummary({ ...base, skipped: 2, documents: 9 })).toBe(
      '3 files: 1 valid (1 with warnings), 1 invalid, 1 unreadable; 2 skipped; 9 documents, 1 rejected',
    );
    expect(formatSummary({ ...EMPTY_SUMMARY, files: 1, read: 1, valid: 1, documents: 1 })).toBe(
      '1 file: 1 valid, 0 invalid, 0 unreadable',
    );
    // a list of 12 events with 2 bad ones, in one file
    const records = { read: 12, counted: 10, rejected: 2, reasons: { type: 1, required: 1 } };
    expect(
      formatSummary({
        ...base,
        files: 1,
        read: 1,
        valid: 0,
        invalid: 1,
        unreadable: 0,
        withWarnings: 0,
        documents: 1,
        records,
      }),
    ).toBe(
      '1 file: 0 valid, 1 invalid, 0 unreadable; 12 records: 10 counted, 2 rejected (type 1, required 1)',
    );
  });
});
