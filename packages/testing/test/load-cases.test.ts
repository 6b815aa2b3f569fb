import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isSentryOfflineError } from '@sentry-offline/schema';
import { loadCases } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sentry-offline-testing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'exports', '2026'), { recursive: true });
writeFileSync(join(dir, 'exports', '2026', 'nov.json'), '[[1795305600, 3]]');
writeFileSync(join(dir, 'exports', 'broken.json'), '{"detail": ');
writeFileSync(join(dir, 'exports', 'notes.txt'), 'not matched');

describe('loadCases', () => {
  it('loads every matching file, sorted, parsed, with its kind', () => {
    const cases = loadCases('exports/**/*.json', { cwd: dir });
    expect(cases.map(({ name, stem, value, kind }) => ({ name, stem, value, kind }))).toEqual([
      { name: 'exports/2026/nov.json', stem: 'nov', value: [[1795305600, 3]], kind: 'stats-series' },
      { name: 'exports/broken.json', stem: 'broken', value: undefined, kind: null },
    ]);
    expect(cases[0].text).toBe('[[1795305600, 3]]');
    expect(cases[0].path).toBe(join(dir, 'exports', '2026', 'nov.json'));
  });

  it('takes a file: URL as the folder', () => {
    expect(loadCases('*/*/*.json', { cwd: pathToFileURL(`${dir}/`) }).map((c) => c.name)).toEqual([
      'exports/2026/nov.json',
    ]);
  });

  it('throws testing.noCases when the pattern matches nothing', () => {
    try {
      loadCases('exports/*.csv', { cwd: dir });
      expect.unreachable();
    } catch (error) {
      expect(isSentryOfflineError(error) && error.code).toBe('testing.noCases');
    }
  });
});
