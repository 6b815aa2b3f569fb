import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { validate } from '@sentry-offline/schema';
import { tidyEvents, toCanonicalJson } from '@sentry-offline/transform';
import {
  aggregateFrames,
  explainSignature,
  finishFrameAggregate,
  mergeFrameAggregates,
  readStacks,
  signatures,
  SIGNATURE_STRATEGIES,
} from '../../src/index.js';

const referenceDir =
  process.env.SENTRY_OFFLINE_REFERENCE ??
  join(fileURLToPath(new URL('../../../../', import.meta.url)), '..', 'shared', 'reference', 'sentry');
const present = existsSync(referenceDir);
if (!present && process.env.CI)
  throw new Error(`the reference corpus is missing at ${referenceDir}; CI always has ../shared`);

const files = present
  ? fg
      .sync(['events/**/*.json', 'raw_events/**/*.json', 'samples/**/*.json', 'openapi/examples/*.json'], {
        cwd: referenceDir,
      })
      .filter((f) => !/(^|\/)_/.test(f))
      .sort()
  : [];

describe.skipIf(!present)('frame signatures over the reference events', () => {
  const events = files
    .map((file) => ({ file, value: JSON.parse(readFileSync(join(referenceDir, file), 'utf8')) as unknown }))
    .filter(({ value }) => {
      const result = validate(value);
      return result.ok && ['event', 'raw-event'].includes(result.kind ?? '');
    })
    // samples carry no event_id: give each its own, so that the corpus can be aggregated as one export
    .map(({ file, value }) => ({ file, value: { event_id: file, ...(value as object) } }));

  it('finds the event payloads of the corpus', () => {
    expect(events.length).toBeGreaterThanOrEqual(30);
  });

  for (const { file, value } of events) {
    it(`${file}: a signature per strategy, an explanation per frame, in-app top frames`, () => {
      const tables = tidyEvents([value]);
      if (tables.events.get('type', 0) === 'transaction') {
        // transactions are not errors: no stack, no signature
        expect(readStacks(tables)).toEqual([]);
        expect(signatures(tables).numRows()).toBe(0);
        return;
      }
      const [stack] = readStacks(tables);
      for (const strategy of SIGNATURE_STRATEGIES) {
        const t = signatures(tables, { strategy, notes: true });
        expect(t.numRows()).toBe(1);
        const signature = t.get('signature', 0) as string;
        expect(signature.length).toBeGreaterThan(0);
        expect(signature.length).toBeLessThanOrEqual(255 + 40);
        const notes = t.get('notes', 0) as { used: boolean; inApp: boolean; reason: string }[];
        expect(notes.length).toBe(stack.frames.length);
        for (const note of notes) expect(note.reason).not.toBe('');
        if (strategy === 'top-frame' && t.get('level', 0) === 'top-frame') {
          expect(notes.filter((n) => n.used).map((n) => n.inApp)).toEqual([true]);
        }
        if (strategy === 'sentry' && stack.exceptionType !== null) {
          expect(signature.startsWith(`${stack.exceptionType} | `)).toBe(true);
        }
      }
      expect(explainSignature(tables).split('\n').length).toBeGreaterThan(3 * stack.frames.length);
    });
  }

  it('aggregates the whole corpus the same in one piece and in two merged halves', () => {
    // some corpus files are the same event (one id): keep the first of each, as an export would hold it once
    const seen = new Set<unknown>();
    const unique = events.filter((e) => {
      const id = tidyEvents([e.value]).events.get('event_id', 0);
      return !seen.has(id) && seen.add(id);
    });
    const all = tidyEvents(unique.map((e) => e.value));
    const halves = [0, 1].map((h) => tidyEvents(unique.filter((_, i) => i % 2 === h).map((e) => e.value)));
    for (const strategy of SIGNATURE_STRATEGIES) {
      const options = { strategy, by: ['platform'] };
      const whole = finishFrameAggregate(aggregateFrames(all, options));
      const merged = finishFrameAggregate(
        mergeFrameAggregates(aggregateFrames(halves[0], options), aggregateFrames(halves[1], options)),
      );
      const transactions = all.events.filter((d) => d.type === 'transaction').numRows();
      expect(transactions).toBeGreaterThan(0);
      expect(whole.events).toBe(unique.length - transactions);
      for (const key of ['signatures', 'crashSites', 'anywhere', 'stacks', 'hotFiles', 'splits'] as const) {
        expect(toCanonicalJson(merged[key])).toBe(toCanonicalJson(whole[key]));
      }
    }
  });
});
