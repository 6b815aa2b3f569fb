import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { readStacks } from '../../src/index.js';
import { frameTables } from '../util/frame-tables.js';

const node = frameTables([
  {
    event_id: 'e1',
    platform: 'node',
    frames: [
      { function: 'main', filename: 'src/main.js' },
      { function: 'helper', filename: 'src/lib/helper.js', in_app: false },
      { function: 'log', filename: 'src/log.js' },
      { function: 'debug', abs_path: '/app/node_modules/debug/src/index.js' },
    ],
  },
]);

describe('readStacks', () => {
  it('takes in-app from the payload, else the last matching rule, else counts the frame as app', () => {
    const [stack] = readStacks(node);
    expect(stack.frames.map((f) => [f.label, f.inApp, f.inAppBy])).toEqual([
      ['debug', false, 'defaults:libraries:2 path:**/node_modules/** -app'],
      ['log', true, 'default'],
      ['helper', false, 'payload'],
      ['main', true, 'default'],
    ]);
    expect(stack.frames[0].library).toBe('debug');
  });

  it('lets the caller’s rules override the defaults but not the payload, and -group leave frames out', () => {
    const rules = 'path:**/node_modules/debug/** +app\npath:src/lib/** +app\nfunction:log -group';
    const [stack] = readStacks(node, { rules });
    expect(stack.frames.map((f) => [f.label, f.inApp, f.group])).toEqual([
      ['debug', true, true],
      ['log', true, false],
      ['helper', false, true],
      ['main', true, true],
    ]);
    expect(stack.frames[1].groupBy).toBe('rules:3 function:log -group');
  });

  it('switches the built-in rules off with defaults: false', () => {
    const [stack] = readStacks(node, { defaults: false });
    expect(stack.frames.map((f) => f.inApp)).toEqual([true, true, false, true]);
  });

  it('marks identical consecutive frames as recursion, counted once', () => {
    const tables = frameTables([
      {
        event_id: 'r',
        platform: 'python',
        frames: [{ function: 'walk' }, { function: 'walk' }, { function: 'walk' }, { function: 'visit' }],
      },
    ]);
    expect(readStacks(tables)[0].frames.map((f) => f.recursion)).toEqual([false, false, true, true]);
  });

  it('reads the crash stack: the stack holding depth 0, else the last exception of the chain, and the events without frames', () => {
    const chained = frameTables([
      { event_id: 'c', type: 'KeyError', position: 0, platform: 'python', frames: [{ function: 'cause' }] },
    ]);
    // a second exception at position 1 (the one finally raised) and an unrelated thread without depths
    const frames = chained.frames
      .concat(
        aq.table({
          event_id: ['c', 'c'],
          source: ['exception', 'thread'],
          position: [1, 0],
          frame_index: [0, 0],
          depth: [0, null],
          function: ['raised', 'idle'],
        }),
      )
      .derive({ depth: (d) => (d.function === 'cause' ? 1 : d.depth) });
    const exceptions = aq.table({
      event_id: ['c', 'c', 'x'],
      position: [0, 1, 0],
      type: ['KeyError', 'RuntimeError', 'Nope'],
    });
    const stacks = readStacks({ frames, exceptions });
    expect(
      stacks.map((s) => [s.eventId, s.source, s.position, s.exceptionType, s.frames.map((f) => f.label)]),
    ).toEqual([
      ['c', 'exception', 1, 'RuntimeError', ['raised']],
      ['x', null, null, 'Nope', []],
    ]);
    // without depth: the highest exception position still wins over threads
    const noDepth = readStacks({ frames: frames.select(aq.not('depth')), exceptions });
    expect(noDepth[0].frames.map((f) => f.label)).toEqual(['raised']);
  });

  it('guesses the family of frames without a platform from their shape', () => {
    const tables = frameTables([
      {
        event_id: 'g',
        frames: [
          { function: '-[Foo bar:]' },
          { function: 'Object.x', filename: 'a.js' },
          { function: 'a::b::hdeadbeefdeadbeef' },
        ],
      },
    ]);
    expect(readStacks(tables)[0].frames.map((f) => [f.family, f.label])).toEqual([
      ['native', 'a::b'], // a Rust hash suffix, dropped
      ['javascript', 'x'],
      ['cocoa', '-[Foo bar:]'],
    ]);
  });

  it('leaves transactions out: they are not errors', () => {
    const tables = frameTables([
      { event_id: 't', platform: 'python', frames: [{ function: 'handler' }] },
      { event_id: 'e', platform: 'python', frames: [{ function: 'handler' }] },
    ]);
    const events = tables.events.derive({ type: (d) => (d.event_id === 't' ? 'transaction' : 'error') });
    expect(readStacks({ ...tables, events }).map((s) => s.eventId)).toEqual(['e']);
  });
});
