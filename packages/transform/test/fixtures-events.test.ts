import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SentryOfflineError } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import { tidyEvents, toCanonicalJson } from '../src/index.js';
import { tableColumns } from './util/expect-table.js';
import { countAllFrames, duplicatedThreadFrames, lastExceptionFrame } from './util/event-invariants.js';

const fixturesDir = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** Cases of the event kinds, listed from disk. */
const allCases = ['event', 'raw-event'].flatMap((kind) => {
  const kindDir = join(fixturesDir, kind);
  if (!existsSync(kindDir)) return [];
  return readdirSync(kindDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(kindDir, e.name, 'payload.json')))
    .map((e) => ({ kind, name: e.name, dir: join(kindDir, e.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
});
const cases = allCases.filter((c) => !c.name.startsWith('invalid-'));
const invalidCases = allCases.filter((c) => c.name.startsWith('invalid-'));

describe('event fixtures', () => {
  for (const c of cases) {
    it(`${c.kind}/${c.name}: golden tables, frame count, crash site, input unchanged`, async () => {
      const text = readFileSync(join(c.dir, 'payload.json'), 'utf8');
      const payload = JSON.parse(text) as Record<string, unknown>;
      const tables = tidyEvents([payload]);
      expect(payload).toEqual(JSON.parse(text));

      expect(tables.events.numRows()).toBe(1);
      const frames = tableColumns(tables.frames);
      expect(frames.event_id.length).toBe(countAllFrames(payload) - duplicatedThreadFrames(payload));
      const site = lastExceptionFrame(payload);
      const atZero = frames.depth.flatMap((d, i) => (d === 0 ? [i] : []));
      if (site !== null) {
        expect(atZero.map((i) => [frames.source[i], frames.position[i], frames.frame_index[i]])).toEqual([
          ['exception', site.position, site.frameIndex],
        ]);
      }
      expect(atZero.length).toBe(frames.event_id.length > 0 ? 1 : 0);

      for (const [name, table] of Object.entries(tables)) {
        await expect(toCanonicalJson(table)).toMatchFileSnapshot(join(c.dir, 'expected', `${name}.json`));
      }
    });
  }

  for (const c of invalidCases) {
    it(`${c.kind}/${c.name}: tidyEvents throws transform.invalidEvent where validation puts its first error`, () => {
      const payload = JSON.parse(readFileSync(join(c.dir, 'payload.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      const validation = JSON.parse(readFileSync(join(c.dir, 'expected', 'validation.json'), 'utf8')) as {
        issues: { pointer: string; severity: string }[];
      };
      const first = validation.issues.find((i) => i.severity === 'error');
      let error: unknown;
      try {
        tidyEvents([payload]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SentryOfflineError);
      const { code, details } = error as SentryOfflineError;
      expect({ code, pointer: details.pointer }).toEqual({
        code: 'transform.invalidEvent',
        pointer: first?.pointer,
      });
    });
  }
});
