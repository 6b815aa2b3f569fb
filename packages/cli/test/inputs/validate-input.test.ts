import { describe, expect, it } from 'vitest';
import { validateInput, type ReadInput } from '../../src/index.js';
import { STATS_V2, STATS_V2_TRUNCATED } from '../util/payloads.js';
import { readInput } from '../util/read-input.js';

const read = (name: string, format: ReadInput['format'], text: string) => readInput(name, text, format);

const oneLine = (text: string) => JSON.stringify(JSON.parse(text));

describe('validateInput', () => {
  it('validates a JSON file and keeps its value and facts', () => {
    const result = validateInput(read('s.json', 'json', STATS_V2));
    expect(result).toMatchObject({
      file: 's.json',
      kind: 'stats-v2',
      ok: true,
      issues: [],
      documents: 1,
      rejected: 0,
    });
    expect(result.values).toEqual([JSON.parse(STATS_V2)]);
    expect(result.facts).toMatchObject({ intervalSeconds: 3600, intervals: 2, groups: 1 });
  });

  it('keeps a file with warnings valid, and strict makes it invalid without values', () => {
    const lenient = validateInput(read('t.json', 'json', STATS_V2_TRUNCATED));
    expect(lenient.ok).toBe(true);
    expect(lenient.issues.map((i) => [i.severity, i.keyword, i.pointer])).toEqual([
      ['warning', 'totals', '/groups/0/totals/sum(quantity)'],
    ]);
    const strict = validateInput(read('t.json', 'json', STATS_V2_TRUNCATED), { strict: true });
    expect(strict).toMatchObject({ ok: false, values: [], rejected: 1 });
    expect(strict.issues.map((i) => i.severity)).toEqual(['error']);
  });

  it('validates NDJSON line by line: issues name the line, the good lines still count', () => {
    // line 1 good, line 2 blank (ignored), line 3 not JSON, line 4 good
    const text = `${oneLine(STATS_V2)}\n\n{"start": \n${oneLine(STATS_V2)}\n`;
    const result = validateInput(read('s.ndjson', 'ndjson', text));
    expect(result).toMatchObject({ kind: 'stats-v2', ok: false, documents: 3, rejected: 1 });
    expect(result.values).toHaveLength(2);
    expect(result.issues.map((i) => [i.line, i.keyword, i.severity])).toEqual([[3, 'syntax', 'error']]);
  });

  it('hands each good document to onValue as it passes, keeping none', () => {
    const text = `${oneLine(STATS_V2)}\nnot json\n${oneLine(STATS_V2)}\n`;
    const seen: Array<[unknown, string | null]> = [];
    const result = validateInput(read('s.ndjson', 'ndjson', text), {
      onValue: (v, kind) => seen.push([v, kind]),
    });
    expect(seen).toEqual([
      [JSON.parse(STATS_V2), 'stats-v2'],
      [JSON.parse(STATS_V2), 'stats-v2'],
    ]);
    expect(result).toMatchObject({ values: [], documents: 3, rejected: 1, ok: false });
    const json: unknown[] = [];
    expect(validateInput(read('s.json', 'json', STATS_V2), { onValue: (v) => json.push(v) }).values).toEqual(
      [],
    );
    expect(json).toEqual([JSON.parse(STATS_V2)]);
  });

  it('validates every NDJSON line as the kind of the first one', () => {
    const text = `${oneLine(STATS_V2)}\n{"detail": "not found"}\n`;
    const result = validateInput(read('mixed.ndjson', 'ndjson', text));
    expect(result).toMatchObject({ kind: 'stats-v2', ok: false, documents: 2, rejected: 1 });
    expect(result.issues.map((i) => [i.line, i.keyword])).toEqual([[2, 'kind']]);
  });

  it('makes a file with a decoding problem invalid, keeping the decoding issue first', () => {
    const input = read('bad.json', 'json', '{"a": "\ufffd"}');
    const issue = {
      file: 'bad.json',
      pointer: '',
      line: 1,
      column: 8,
      severity: 'error' as const,
      keyword: 'encoding',
      message: 'x',
    };
    const result = validateInput({ ...input, issues: [issue] }, { kind: 'error-response' });
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toBe(issue);
  });

  it('tells the stats-summary CSV download from a Discover export by its header', () => {
    const summary = validateInput(
      read('s.csv', 'csv', 'project_id,project_slug,accepted_errors,dropped_errors\n1,web,5,0\n'),
    );
    expect(summary).toMatchObject({ kind: 'stats-summary', ok: true, values: [], documents: 1 });
    expect(validateInput(read('d.csv', 'csv', 'title,count()\nboom,3\n')).kind).toBe('discover');
  });

  it('rejects a CSV file without a header and a CSV asked to be a JSON-only kind', () => {
    expect(validateInput(read('e.csv', 'csv', '')).issues.map((i) => i.keyword)).toEqual(['empty']);
    const wrong = validateInput(read('d.csv', 'csv', 'title,count()\n'), { kind: 'event' });
    expect(wrong).toMatchObject({ ok: false, kind: 'event' });
    expect(wrong.issues.map((i) => i.keyword)).toEqual(['kind']);
  });
});
