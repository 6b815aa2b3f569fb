import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SentryOfflineError } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import { findCrashStack, readCrashStack, tidyEvents } from '../src/index.js';
import { tableColumns } from './util/expect-table.js';

const frame = (fn: string, extra: Record<string, unknown> = {}) => ({ function: fn, ...extra });

describe('readCrashStack', () => {
  it('reads the last exception of an API chain, oldest call first, depth 0 at the crash site', () => {
    const event = {
      eventID: 'e1',
      groupID: 42,
      platform: 'python',
      type: 'error',
      dateCreated: '2026-11-20T09:14:27.512Z',
      entries: [
        { type: 'breadcrumbs', data: { values: [{ message: 'not read' }] } },
        {
          type: 'exception',
          data: {
            values: [
              { type: 'KeyError', stacktrace: { frames: [frame('a1'), frame('a2')] } },
              {
                type: 'ValueError',
                stacktrace: {
                  frames: [frame('b1'), null, frame('b2', { lineNo: 7, inApp: true, platform: 'other' })],
                },
              },
            ],
          },
        },
      ],
    };
    const stack = readCrashStack(event);
    expect(stack).toMatchObject({
      eventId: 'e1',
      groupId: '42',
      platform: 'python',
      type: 'error',
      exceptionType: 'ValueError',
      source: 'exception',
      position: 1,
    });
    expect(stack.dateCreated?.toISOString()).toBe('2026-11-20T09:14:27.512Z');
    // b1 is 2 deep only counting non-null frames: b2 is 0, b1 is 1; the KeyError's frames (2, 3) are not read
    expect(
      stack.frames.map((f) => [f.function, f.frameIndex, f.depth, f.lineno, f.inApp, f.platform]),
    ).toEqual([
      ['b1', 0, 1, null, null, 'python'],
      ['b2', 2, 0, 7, true, 'other'],
    ]);
  });

  it('takes the crashed thread when the exception has no stack (raw minidump shape)', () => {
    const event = {
      event_id: 'e2',
      platform: 'native',
      timestamp: 1700000000.5,
      exception: { values: [{ type: 'EXCEPTION_ACCESS_VIOLATION', thread_id: 7, stacktrace: null }] },
      threads: {
        values: [
          { id: 5, stacktrace: { frames: [frame('idle')] } },
          {
            id: 7,
            crashed: true,
            stacktrace: { frames: [frame('main'), frame('crash', { in_app: false })] },
          },
        ],
      },
    };
    const stack = readCrashStack(event);
    expect([stack.source, stack.position, stack.exceptionType, stack.groupId]).toEqual([
      'thread',
      1,
      'EXCEPTION_ACCESS_VIOLATION',
      null,
    ]);
    expect(stack.dateCreated?.getTime()).toBe(1700000000500);
    expect(stack.frames.map((f) => [f.function, f.depth, f.inApp])).toEqual([
      ['main', 1, null],
      ['crash', 0, false],
    ]);
  });

  it('falls back on the first thread, without depths, when no stack is on the crash path', () => {
    const event = {
      event_id: 'e3',
      threads: {
        values: [
          { id: 1, stacktrace: { frames: [frame('x')] } },
          { id: 2, stacktrace: { frames: [frame('y')] } },
        ],
      },
    };
    const stack = readCrashStack(event);
    expect([stack.source, stack.position, stack.frames.map((f) => [f.function, f.depth])]).toEqual([
      'thread',
      0,
      [['x', null]],
    ]);
  });

  it('gives an empty stack to an event without frames', () => {
    expect(readCrashStack({ event_id: 'e4', message: 'hello' })).toMatchObject({
      source: null,
      position: null,
      exceptionType: null,
      frames: [],
    });
  });

  it('throws transform.invalidEvent on a frame field of the wrong type', () => {
    const event = { event_id: 'e5', stacktrace: { frames: [{ function: 'f', lineno: 'twelve' }] } };
    expect(() => readCrashStack(event, { index: 3 })).toThrow(SentryOfflineError);
    try {
      readCrashStack(event, { index: 3 });
    } catch (error) {
      expect((error as SentryOfflineError).code).toBe('transform.invalidEvent');
    }
  });
});

describe('findCrashStack', () => {
  it('gives the crash stack’s frame objects as they are, and reads them on demand as readCrashStack does', () => {
    const frames = [{ function: 'a' }, null, { function: 'b', lineno: 3 }];
    const event = { event_id: 'e', stacktrace: { frames } };
    const head = findCrashStack(event);
    expect(head.rawFrames).toEqual([frames[0], frames[2]]);
    expect(head.rawFrames[1]).toBe(frames[2]);
    expect(head.readFrames()).toEqual(readCrashStack(event).frames);
    expect(() =>
      findCrashStack({ event_id: 'e', stacktrace: { frames: [{ lineno: 'x' }] } }).readFrames(),
    ).toThrow(SentryOfflineError);
  });
});

const fixturesDir = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const fixtureEvents = ['event', 'raw-event'].flatMap((kind) =>
  readdirSync(join(fixturesDir, kind), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('invalid-'))
    .map((e) => join(fixturesDir, kind, e.name, 'payload.json'))
    .filter((path) => existsSync(path)),
);

describe('readCrashStack on every event fixture', () => {
  for (const path of fixtureEvents) {
    it(`${path.split('/').slice(-3, -1).join('/')}: the frames table rows of the depth-0 stack, same cells`, () => {
      const payload = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      const stack = readCrashStack(payload);
      const rows = tableColumns(tidyEvents([payload]).frames);
      const zero = rows.depth.indexOf(0);
      const picked = rows.source
        .map((_, i) => i)
        .filter(
          (i) =>
            zero !== -1 && rows.source[i] === rows.source[zero] && rows.position[i] === rows.position[zero],
        );
      expect(
        stack.frames.map((f) => [f.frameIndex, f.depth, f.function, f.module, f.filename, f.lineno, f.inApp]),
      ).toEqual(
        picked.map((i) => [
          rows.frame_index[i],
          rows.depth[i],
          rows.function[i],
          rows.module[i],
          rows.filename[i],
          rows.lineno[i],
          rows.in_app[i],
        ]),
      );
    });
  }
});
