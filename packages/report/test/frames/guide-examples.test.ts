import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainSignature, type SignatureStrategy } from '../../src/index.js';
import { frameTables, type TestEvent } from '../util/frame-tables.js';

const LIBC = '/usr/lib/x86_64-linux-gnu/libc.so.6';

/** The events of the worked examples in docs/guide/signature-*.md, as the pages describe them. */
const examples: Record<string, TestEvent> = {
  cpp: {
    event_id: 'cpp',
    platform: 'native',
    type: 'SIGSEGV',
    frames: [
      { function: 'main', package: '/opt/game/bin/game' },
      { function: 'Game::tick(float)', package: '/opt/game/bin/game' },
      { function: 'Renderer::draw(Scene const&) const', filename: 'src/render.cpp', lineno: 91 },
      { function: 'Renderer::draw(Scene const&) const', filename: 'src/render.cpp', lineno: 88 },
      { function: 'memcpy [clone .cold.1]', package: LIBC },
    ],
  },
  node: {
    event_id: 'node',
    platform: 'node',
    type: 'TypeError',
    frames: [
      { function: 'Object.<anonymous>', filename: 'src/index.js', abs_path: '/app/src/index.js', lineno: 3 },
      { function: 'Cart.checkout', filename: 'src/cart.js', abs_path: '/app/src/cart.js', lineno: 40 },
      { function: 'Cart.total', filename: 'src/cart.js', abs_path: '/app/src/cart.js', lineno: 12 },
      { function: 'Array.reduce', filename: '<anonymous>', abs_path: '<anonymous>' },
      {
        function: 'sum',
        filename: 'node_modules/lodash/sum.js',
        abs_path: '/app/node_modules/lodash/sum.js',
        lineno: 7,
      },
    ],
  },
};

const pages: [SignatureStrategy, string, TestEvent][] = [
  ['siggen', 'signature-siggen.md', examples.cpp],
  ['sentry', 'signature-sentry.md', examples.node],
  ['top-frame', 'signature-top-frame.md', examples.node],
];

describe('the worked examples of the strategy guides', () => {
  for (const [strategy, page, event] of pages) {
    it(`docs/guide/${page} shows what explainSignature prints`, () => {
      const text = readFileSync(
        fileURLToPath(new URL(`../../../../docs/guide/${page}`, import.meta.url)),
        'utf8',
      );
      const blocks = [...text.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]);
      expect(blocks.length).toBe(1);
      expect(explainSignature(frameTables([event]), { strategies: [strategy] })).toContain(blocks[0]);
    });
  }
});
