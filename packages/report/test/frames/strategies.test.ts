import { describe, expect, it } from 'vitest';
import { signatures, type SignatureStrategy } from '../../src/index.js';
import { frameTables, type TestEvent } from '../util/frame-tables.js';

const LIBC = '/usr/lib/x86_64-linux-gnu/libc.so.6';
const SHOP = '/private/var/containers/Bundle/Application/X/Shop.app/Shop';
const UIKIT = '/System/Library/PrivateFrameworks/UIKitCore.framework/UIKitCore';

// Frames oldest call first, as payloads list them; the comments give the crash-site-first reading.
const events: (TestEvent & { expected: Record<SignatureStrategy, string> })[] = [
  {
    event_id: 'cpp-segv',
    platform: 'native',
    type: 'SIGSEGV',
    frames: [
      { function: 'main', package: '/opt/game/bin/game' },
      { function: 'Game::tick(float)', package: '/opt/game/bin/game' },
      { function: 'Renderer::draw(Scene const&) const', filename: 'src/render.cpp', lineno: 91 },
      { function: 'Renderer::draw(Scene const&) const', filename: 'src/render.cpp', lineno: 88 },
      { function: 'memcpy [clone .cold.1]', package: LIBC },
    ],
    // memcpy (libc: system, prefix), Renderer::draw x2 (recursion), Game::tick, main
    expected: {
      siggen: 'memcpy | Renderer::draw',
      sentry: 'SIGSEGV | Renderer::draw | Game::tick | main',
      'top-frame': 'SIGSEGV @ src/render.cpp:88',
    },
  },
  {
    event_id: 'cpp-abort-system-only',
    platform: 'native',
    type: 'SIGABRT',
    frames: [
      { function: 'start_thread', package: LIBC, in_app: false },
      {
        function: 'zmq::socket_base_t::send(zmq::msg_t*, int)',
        package: '/opt/vendor/lib/libzmq.so.5',
        in_app: false,
      },
      { function: '__assert_fail', package: LIBC, in_app: false },
      { function: 'abort', package: LIBC, in_app: false },
      { function: 'raise', package: LIBC, in_app: false },
    ],
    // raise, abort, __assert_fail: irrelevant to siggen, standard library to the fallback
    expected: {
      siggen: 'zmq::socket_base_t::send',
      sentry: 'SIGABRT | raise | abort | __assert_fail | zmq::socket_base_t::send | start_thread',
      'top-frame': 'SIGABRT @ libzmq.so.5 (no in-app frame)',
    },
  },
  {
    event_id: 'rust-panic',
    platform: 'native',
    type: 'panic',
    frames: [
      { function: 'std::rt::lang_start::{{closure}}::h1111111111111111', in_app: false },
      { function: 'myapp::main::h2222222222222222', filename: 'src/main.rs', lineno: 10, in_app: true },
      {
        function: 'myapp::config::load::h3333333333333333',
        filename: 'src/config.rs',
        lineno: 42,
        in_app: true,
      },
      { function: 'core::result::Result<T,E>::unwrap::h4444444444444444', in_app: false },
      { function: 'core::result::unwrap_failed::h5555555555555555', in_app: false },
      { function: 'core::panicking::panic_fmt::h6666666666666666', in_app: false },
    ],
    // panic_fmt, unwrap_failed: irrelevant; Result<T>::unwrap: prefix; then the app's config::load
    expected: {
      siggen: 'core::result::Result<T>::unwrap | myapp::config::load',
      sentry: 'panic | myapp::config::load | myapp::main',
      'top-frame': 'panic @ src/config.rs:42',
    },
  },
  {
    event_id: 'java-npe',
    platform: 'java',
    type: 'NullPointerException',
    frames: [
      { module: 'java.lang.Thread', function: 'run' },
      {
        module: 'com.shop.checkout.CartService',
        function: 'lambda$submit$2',
        filename: 'CartService.java',
        lineno: 57,
      },
      { module: 'com.shop.checkout.CartService$$Lambda$41/0x0000000800c3e440', function: 'accept' },
      { module: 'java.util.ArrayList', function: 'forEach', filename: 'ArrayList.java', lineno: 1541 },
      {
        module: 'com.shop.checkout.PriceCalculator',
        function: 'total',
        filename: 'PriceCalculator.java',
        lineno: 23,
      },
      { module: 'java.util.Objects', function: 'requireNonNull', filename: 'Objects.java', lineno: 209 },
    ],
    expected: {
      siggen: 'java.util.Objects.requireNonNull | com.shop.checkout.PriceCalculator.total',
      sentry:
        'NullPointerException | com.shop.checkout.PriceCalculator.total | com.shop.checkout.CartService$$Lambda.accept | com.shop.checkout.CartService.lambda$submit',
      'top-frame': 'NullPointerException @ PriceCalculator.java:23',
    },
  },
  {
    event_id: 'js-browser',
    platform: 'javascript',
    type: 'TypeError',
    frames: [
      {
        function: '?',
        filename: '/static/app.js',
        abs_path: 'https://shop.example/static/app.js',
        lineno: 10,
      },
      { function: 'HTMLButtonElement.onClick', filename: '/static/app.js', lineno: 200 },
      { function: 'Array.forEach', filename: '[native code]', abs_path: '[native code]' },
      { function: 'renderItems', filename: '/static/app.js', lineno: 120 },
      {
        function: 'Object.format',
        filename: './node_modules/currency.js/dist/currency.js',
        abs_path: 'webpack:///./node_modules/currency.js/dist/currency.js',
        lineno: 3,
      },
    ],
    expected: {
      siggen: 'format',
      sentry: 'TypeError | renderItems | HTMLButtonElement.onClick | <anonymous>',
      'top-frame': 'TypeError @ /static/app.js:120',
    },
  },
  {
    event_id: 'python-json',
    platform: 'python',
    type: 'JSONDecodeError',
    frames: [
      {
        module: 'django.core.handlers.base',
        function: '_get_response',
        filename: 'django/core/handlers/base.py',
        abs_path: '/usr/lib/python3.11/site-packages/django/core/handlers/base.py',
        lineno: 197,
      },
      {
        module: 'shop.views',
        function: 'checkout',
        filename: 'shop/views.py',
        abs_path: '/srv/shop/shop/views.py',
        lineno: 31,
      },
      {
        module: 'shop.pricing',
        function: 'apply_discount.<locals>.rate',
        filename: 'shop/pricing.py',
        abs_path: '/srv/shop/shop/pricing.py',
        lineno: 12,
      },
      {
        module: 'json.decoder',
        function: 'raw_decode',
        filename: 'json/decoder.py',
        abs_path: '/usr/lib/python3.11/json/decoder.py',
        lineno: 355,
      },
    ],
    expected: {
      siggen: 'json.decoder.raw_decode',
      sentry: 'JSONDecodeError | shop.pricing.apply_discount.rate | shop.views.checkout',
      'top-frame': 'JSONDecodeError @ shop/pricing.py:12',
    },
  },
  {
    event_id: 'cocoa-swift',
    platform: 'cocoa',
    type: 'EXC_BREAKPOINT',
    frames: [
      { function: 'main', package: SHOP, in_app: true },
      { function: 'UIApplicationMain', package: UIKIT, in_app: false },
      { function: '-[UIApplication sendAction:to:from:forEvent:]', package: UIKIT, in_app: false },
      { function: '@objc CartViewController.checkout(_:) -> ()', package: SHOP, in_app: true },
      { function: 'CartViewController.checkout(_:) -> ()', package: SHOP, in_app: true },
      { function: 'closure #1 in CartViewController.total() -> Double', package: SHOP, in_app: true },
      {
        function:
          'Swift._assertionFailure(_: StaticString, _: String, file: StaticString, line: UInt, flags: UInt32) -> Never',
        package: '/usr/lib/swift/libswiftCore.dylib',
        in_app: false,
      },
    ],
    expected: {
      siggen: 'closure in CartViewController.total',
      sentry: 'EXC_BREAKPOINT | closure in CartViewController.total | CartViewController.checkout | main',
      'top-frame': 'EXC_BREAKPOINT @ closure in CartViewController.total',
    },
  },
  {
    event_id: 'dotnet-linq',
    platform: 'csharp',
    type: 'System.InvalidOperationException',
    frames: [
      { module: 'System.Threading.ExecutionContext', function: 'RunInternal', in_app: false },
      {
        module: 'Shop.Orders.OrderService+<PlaceAsync>d__7',
        function: 'MoveNext',
        filename: 'OrderService.cs',
        lineno: 88,
      },
      { module: 'Shop.Orders.Validator', function: 'Validate', filename: 'Validator.cs', lineno: 14 },
      { module: 'System.Linq.Enumerable', function: 'First[TSource](IEnumerable`1 source)' },
    ],
    expected: {
      siggen: 'System.Linq.Enumerable.First<T>',
      sentry:
        'System.InvalidOperationException | Shop.Orders.Validator.Validate | Shop.Orders.OrderService+PlaceAsync.MoveNext',
      'top-frame': 'System.InvalidOperationException @ Validator.cs:14',
    },
  },
];

describe('signatures by strategy, hand-worked per platform', () => {
  for (const event of events) {
    for (const strategy of ['siggen', 'sentry', 'top-frame'] as const) {
      it(`${event.event_id}: ${strategy}`, () => {
        const table = signatures(frameTables([event]), { strategy });
        expect(table.get('signature', 0)).toBe(event.expected[strategy]);
      });
    }
  }

  it('marks the system-only stack as a fallback for sentry and top-frame', () => {
    const tables = frameTables(events.filter((e) => e.event_id === 'cpp-abort-system-only'));
    expect(signatures(tables, { strategy: 'sentry' }).get('fallback', 0)).toBe(true);
    expect(signatures(tables, { strategy: 'top-frame' }).get('level', 0)).toBe('fallback');
  });

  it('cuts sentry signatures to the asked depth (hierarchical levels)', () => {
    const java = frameTables(events.filter((e) => e.event_id === 'java-npe'));
    expect([1, 2, 3, 4].map((depth) => signatures(java, { depth }).get('level', 0))).toEqual([
      'app-depth-1',
      'app-depth-2',
      'app-depth-3',
      'app-depth-3',
    ]);
    expect(signatures(java, { depth: 1 }).get('signature', 0)).toBe(
      'NullPointerException | com.shop.checkout.PriceCalculator.total',
    );
  });

  it('cuts siggen signatures at maxLength with ...', () => {
    const cpp = frameTables(events.slice(0, 1));
    expect(signatures(cpp, { strategy: 'siggen', maxLength: 12 }).get('signature', 0)).toBe('memcpy | ...');
  });
});
