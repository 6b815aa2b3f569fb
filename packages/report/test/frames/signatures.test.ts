import { describe, expect, it } from 'vitest';
import { signatures } from '../../src/index.js';
import { expectTable } from '../util/expect-table.js';
import { frameTables } from '../util/frame-tables.js';

const node = frameTables([
  {
    event_id: 'a',
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
]);

describe('signatures', () => {
  it('gives each strategy its own reading of one node stack', () => {
    // crash site first: sum (node_modules: system), Array.reduce (<anonymous>: system), Cart.total, Cart.checkout, <anonymous>
    expectTable(signatures(node, { strategy: 'sentry' }), {
      event_id: ['a'],
      signature: ['TypeError | Cart.total | Cart.checkout | <anonymous>'],
      level: ['app-depth-3'],
      fallback: [false],
      frames: [5],
      in_app_frames: [3],
      in_app_ratio: [0.6],
    });
    expect(signatures(node, { strategy: 'sentry', depth: 1 }).get('signature', 0)).toBe(
      'TypeError | Cart.total',
    );
    expect(signatures(node, { strategy: 'siggen' }).get('signature', 0)).toBe('sum');
    expect(signatures(node, { strategy: 'top-frame' }).get('signature', 0)).toBe(
      'TypeError @ src/cart.js:12',
    );
  });
});
