import { describe, expect, it } from 'vitest';
import { normaliseFunction, platformFamily } from '../../src/index.js';

const cases: Record<string, [string, string][]> = {
  native: [
    ['std::vector<int, std::allocator<int> >::push_back(int const&)', 'std::vector<T>::push_back'],
    ['foo::Bar::baz(char const*, unsigned long) const &', 'foo::Bar::baz'],
    ['(anonymous namespace)::helper(int)', '(anonymous namespace)::helper'],
    ["`anonymous namespace'::helper", '(anonymous namespace)::helper'],
    ['{anonymous}::helper()', '(anonymous namespace)::helper'],
    ['main::{lambda(int)#1}::operator()(int) const', 'main::{lambda}::operator()'],
    ['run()::$_3::operator()() const', 'run::{lambda}::operator()'],
    ['Widget::paint::<lambda_9f2c1a7b>::operator()', 'Widget::paint::{lambda}::operator()'],
    ['memcpy [clone .cold.2]', 'memcpy'],
    ['compress_block.isra.0', 'compress_block'],
    ['std::operator<<(std::ostream&, Foo const&)', 'std::operator<<'],
    ['Matrix::operator<(Matrix const&) const', 'Matrix::operator<'],
    ['<redacted>', '<redacted>'],
  ],
  rust: [
    ['core::panicking::panic::h6a1b2c3d4e5f6a7b', 'core::panicking::panic'],
    ['<alloc::vec::Vec<u8> as core::ops::drop::Drop>::drop::h0123456789abcdef', 'alloc::vec::Vec<T>::drop'],
    ['myapp::worker::{{closure}}::h00112233aabbccdd', 'myapp::worker::{closure}'],
    ['_<F as alloc..boxed..FnBox<A>>::call_box', 'F::call_box'],
  ],
  java: [
    ['com.example.Foo$$Lambda$14/0x0000000800c0b448', 'com.example.Foo$$Lambda'],
    ['com.example.Foo$$Lambda$14/1175962212', 'com.example.Foo$$Lambda'],
    ['lambda$onClick$0', 'lambda$onClick'],
    ['access$000', 'access$'],
    ['sun.reflect.GeneratedMethodAccessor42', 'sun.reflect.GeneratedMethodAccessor'],
    ['com.sun.proxy.$Proxy12', 'com.sun.proxy.$Proxy'],
    ['onCreate$lambda-3', 'onCreate$lambda'],
    ['com.example.SyncWorker$$ExternalSyntheticLambda0', 'com.example.SyncWorker$$ExternalSyntheticLambda'],
  ],
  javascript: [
    ['Object.foo', 'foo'],
    ['Object.<anonymous>', '<anonymous>'],
    ['?', '<anonymous>'],
    ['Cart.prototype.total', 'Cart.total'],
    ['new Promise', 'Promise'],
    ['async handleRequest', 'handleRequest'],
    ['Router.handle [as handle_request]', 'Router.handle'],
  ],
  python: [
    ['make_handler.<locals>.handle', 'make_handler.handle'],
    ['<lambda>', '<lambda>'],
    ['<function view at 0x7f3a2b1c>', '<function view>'],
  ],
  cocoa: [
    ['__26-[ViewController loadView]_block_invoke_2', '-[ViewController loadView]_block_invoke'],
    [
      '__33-[RCTBatchedBridge handleBuffer:]_block_invoke.359',
      '-[RCTBatchedBridge handleBuffer:]_block_invoke',
    ],
    ['-[UIApplication sendAction:to:from:forEvent:]', '-[UIApplication sendAction:to:from:forEvent:]'],
    ['closure #1 in ViewController.viewDidLoad() -> ()', 'closure in ViewController.viewDidLoad'],
    ['@objc ViewController.causeCrash(Any) -> ()', 'ViewController.causeCrash'],
    ['specialized Array.subscript.getter<A>(Int) -> A', 'Array.subscript.getter<T>'],
    ['std::__1::vector<int>::at(unsigned long) const', 'std::__1::vector<T>::at'],
  ],
  dotnet: [
    ['MyApp.Worker.<Run>d__5.MoveNext()', 'MyApp.Worker.Run'],
    ['<Main>b__0_0', 'Main.lambda'],
    ['MyApp.Program+<>c__DisplayClass3_0.<Main>b__1(String arg)', 'MyApp.Program+<>c.Main.lambda'],
    ['System.Collections.Generic.List`1.Add(T item)', 'System.Collections.Generic.List<T>.Add'],
    ['<Process>g__Validate|4_0', 'Process.Validate'],
    ['First[TSource](IEnumerable`1 source)', 'First<T>'],
    [
      'async Task<ImportResult> ImportService.ImportFileAsync(Stream file)+ParseRowsAsync(?) x 2',
      'ImportService.ImportFileAsync.ParseRowsAsync',
    ],
    ['void Number.ThrowFormatException<TChar>(ReadOnlySpan<TChar> value)', 'Number.ThrowFormatException<T>'],
  ],
};

const familyOf: Record<string, string> = { rust: 'native', dotnet: 'csharp' };

describe('normaliseFunction', () => {
  for (const [platform, examples] of Object.entries(cases)) {
    for (const [raw, normal] of examples) {
      it(`${platform}: ${raw} → ${normal}`, () => {
        expect(normaliseFunction(raw, platformFamily(familyOf[platform] ?? platform))).toBe(normal);
      });
    }
  }

  it('gives null for missing names, and <anonymous> for JavaScript', () => {
    expect(normaliseFunction(null, 'native')).toBeNull();
    expect(normaliseFunction('?', 'native')).toBeNull();
    expect(normaliseFunction('', 'javascript')).toBe('<anonymous>');
  });

  it('leaves names of unknown platforms as they are, trimmed', () => {
    expect(normaliseFunction('  foo(int)  ', 'other')).toBe('foo(int)');
  });
});

describe('platformFamily', () => {
  it('maps Sentry platform names to families', () => {
    expect(['node', 'kotlin', 'csharp', 'cocoa', 'rust', 'elixir', null].map(platformFamily)).toEqual([
      'javascript',
      'java',
      'dotnet',
      'cocoa',
      'native',
      'other',
      'other',
    ]);
  });
});
