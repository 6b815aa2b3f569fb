import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { tidyEvents, toCanonicalJson } from '@sentry-offline/transform';
import { explainSignature, signatures, SIGNATURE_STRATEGIES } from '../src/index.js';

const fixturesDir = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** Valid cases of the event kinds, listed from disk. */
const cases = ['event', 'raw-event'].flatMap((kind) => {
  const kindDir = join(fixturesDir, kind);
  if (!existsSync(kindDir)) return [];
  return readdirSync(kindDir, { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() &&
        !e.name.startsWith('invalid-') &&
        existsSync(join(kindDir, e.name, 'payload.json')),
    )
    .map((e) => ({ kind, name: e.name, dir: join(kindDir, e.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
});

describe('frame signatures of the event fixtures', () => {
  it('finds the event fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.kind}/${c.name}: golden signatures and explanation`, async () => {
      const text = readFileSync(join(c.dir, 'payload.json'), 'utf8');
      const payload = JSON.parse(text) as Record<string, unknown>;
      const tables = tidyEvents([payload]);
      const perStrategy = SIGNATURE_STRATEGIES.map((strategy) =>
        signatures(tables, { strategy }).derive({ strategy: aq.escape(() => strategy) }),
      );
      const table = perStrategy
        .reduce((a, b) => a.concat(b))
        .select(
          'strategy',
          'event_id',
          'signature',
          'level',
          'fallback',
          'frames',
          'in_app_frames',
          'in_app_ratio',
        );
      const explanation = explainSignature(tables);
      expect(payload).toEqual(JSON.parse(text));

      // independent checks: one row per event and strategy, and the explanation states each signature
      expect(table.numRows()).toBe(tables.events.numRows() * SIGNATURE_STRATEGIES.length);
      for (const row of table.objects() as { strategy: string; signature: string }[]) {
        expect(explanation).toContain(`): ${row.signature}\n`);
      }
      await expect(toCanonicalJson(table, { sortRows: false })).toMatchFileSnapshot(
        join(c.dir, 'expected', 'signatures.json'),
      );
      await expect(explanation).toMatchFileSnapshot(join(c.dir, 'expected', 'explain.txt'));
    });
  }
});
