import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { validate } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import { tidyEvents } from '../../src/index.js';
import { tableColumns } from '../util/expect-table.js';
import { countAllFrames, duplicatedThreadFrames, lastExceptionFrame } from '../util/event-invariants.js';

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

describe.skipIf(!present)('tidyEvents over the reference events', () => {
  const events = files
    .map((file) => ({ file, value: JSON.parse(readFileSync(join(referenceDir, file), 'utf8')) as unknown }))
    .filter(({ value }) => ['event', 'raw-event'].includes(validate(value).kind ?? ''));

  it('finds the event payloads of the corpus', () => {
    expect(events.length).toBeGreaterThanOrEqual(30);
  });

  for (const { file, value } of events) {
    it(`${file}: one row per event and per frame, crash site at depth 0, input unchanged`, () => {
      const before = structuredClone(value);
      const event = value as Record<string, unknown>;
      const tables = tidyEvents([event]);
      expect(value).toEqual(before);
      expect(tables.events.numRows()).toBe(1);
      const frames = tableColumns(tables.frames);
      expect(frames.event_id.length).toBe(countAllFrames(event) - duplicatedThreadFrames(event));
      const site = lastExceptionFrame(event);
      const atZero = frames.depth.flatMap((d, i) => (d === 0 ? [i] : []));
      if (site !== null) {
        expect(atZero.length).toBe(1);
        const i = atZero[0];
        expect([frames.source[i], frames.position[i], frames.frame_index[i]]).toEqual([
          'exception',
          site.position,
          site.frameIndex,
        ]);
      } else {
        expect(atZero.length).toBeLessThanOrEqual(1);
      }
    });
  }

  it('reads the mixed-spelling sentry-cli mock (snake_case lineno, camelCase inApp)', () => {
    const file = 'events/sentry-cli/get-issue-latest-event.json';
    const { frames } = tidyEvents([JSON.parse(readFileSync(join(referenceDir, file), 'utf8'))]);
    const rows = frames.objects() as Record<string, unknown>[];
    expect(rows.map((r) => [r.function, r.lineno, r.in_app, r.depth])).toEqual([
      ['execute', 84, false, 2],
      ['get_user_role', 42, true, 1],
      ['profile_view', 17, true, 0],
    ]);
  });

  it("counts the crashed thread of react-native.json once: its stack is the exception's (thread_id 0)", () => {
    const { frames } = tidyEvents([
      JSON.parse(readFileSync(join(referenceDir, 'samples/react-native.json'), 'utf8')),
    ]);
    const threadPositions = new Set(frames.filter((d) => d.source === 'thread').array('position'));
    expect(threadPositions.has(0)).toBe(false);
    expect(frames.filter((d) => d.source === 'exception').numRows()).toBe(49);
  });
});
