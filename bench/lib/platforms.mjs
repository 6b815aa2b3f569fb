/**
 * Per-platform vocabularies of realistic frames: app code and libraries, with the names, paths and quirks each
 * Sentry SDK sends (Python modules, minified JavaScript, Java lambdas, Objective-C/Swift symbols, C++ templates,
 * .NET async state machines). A frame here is platform-neutral; events.mjs renders it in the API or raw shape.
 */

const WORDS = [
  'order',
  'cart',
  'checkout',
  'price',
  'invoice',
  'user',
  'session',
  'payment',
  'shipping',
  'stock',
  'search',
  'render',
  'scene',
  'image',
  'cache',
  'queue',
  'report',
  'export',
  'account',
  'token',
  'config',
  'upload',
  'profile',
  'coupon',
  'catalog',
  'review',
  'address',
  'currency',
  'ledger',
  'refund',
  'metrics',
  'feed',
];
const VERBS = [
  'get',
  'load',
  'save',
  'apply',
  'compute',
  'validate',
  'build',
  'parse',
  'send',
  'resolve',
  'handle',
  'update',
  'fetch',
  'convert',
  'sync',
];

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const snake = (r) => `${r.pick(VERBS)}_${r.pick(WORDS)}`;
const camel = (r) => `${r.pick(VERBS)}${cap(r.pick(WORDS))}`;
const pascal = (r) =>
  `${cap(r.pick(WORDS))}${r.pick(['Service', 'Manager', 'Controller', 'Handler', 'Store', 'View', 'Worker', 'Client'])}`;

function python(r, inApp) {
  if (inApp) {
    const pkg = r.pick(['shop', 'billing', 'catalog', 'accounts']);
    const mod = `${pkg}.${r.pick(WORDS)}.${r.pick(['views', 'models', 'services', 'tasks', 'utils', 'api'])}`;
    const filename = `${mod.replace(/\./g, '/')}.py`;
    return {
      function: snake(r),
      module: mod,
      filename,
      absPath: `/srv/app/${filename}`,
      lineno: r.between(10, 600),
      inApp: true,
    };
  }
  const [mod, fn] = r.pick([
    ['django.core.handlers.base', '_get_response'],
    ['django.core.handlers.exception', 'inner'],
    ['django.db.models.query', '__iter__'],
    ['celery.app.trace', 'trace_task'],
    ['requests.sessions', 'request'],
    ['sqlalchemy.engine.base', '_execute_context'],
    ['json.decoder', 'raw_decode'],
    ['decimal', '__new__'],
    ['concurrent.futures.thread', 'run'],
    ['asyncio.events', '_run'],
  ]);
  const filename = `${mod.replace(/\./g, '/')}.py`;
  const site =
    mod.startsWith('json') ||
    mod.startsWith('decimal') ||
    mod.startsWith('asyncio') ||
    mod.startsWith('concurrent')
      ? '/usr/local/lib/python3.12/'
      : '/usr/local/lib/python3.12/site-packages/';
  return {
    function: fn,
    module: mod,
    filename,
    absPath: site + filename,
    lineno: r.between(20, 900),
    inApp: false,
  };
}

function javascript(r, inApp) {
  if (inApp) {
    const comp = pascal(r);
    const fn = r.pick([
      `${comp}.${camel(r)}`,
      `Object.${camel(r)}`,
      camel(r),
      `${camel(r)}/<`,
      '<anonymous>',
      `async ${camel(r)}`,
    ]);
    const file = `./src/${r.pick(['components', 'hooks', 'store', 'api', 'pages'])}/${comp}.tsx`;
    return {
      function: fn,
      module: null,
      filename: file,
      absPath: `webpack:///${file.slice(2)}`,
      lineno: r.between(5, 400),
      colno: r.between(1, 120),
      inApp: true,
    };
  }
  const [pkg, fn] = r.pick([
    ['react-dom', 'commitRootImpl'],
    ['react-dom', 'invokeGuardedCallbackDev'],
    ['react-dom', 'renderWithHooks'],
    ['axios', 'dispatchXhrRequest'],
    ['lodash', 'baseEach'],
    ['redux', 'dispatch'],
    ['zone.js', 'ZoneDelegate.invokeTask'],
    ['express', 'Layer.handle [as handle_request]'],
    ['express', 'next'],
    ['', 'Array.forEach'],
  ]);
  if (pkg === '')
    return {
      function: fn,
      module: null,
      filename: '<anonymous>',
      absPath: '<anonymous>',
      lineno: null,
      colno: null,
      inApp: false,
    };
  const filename = `./node_modules/${pkg}/cjs/${pkg}.production.min.js`;
  return {
    function: fn,
    module: `${pkg}/cjs/${pkg}.production.min`,
    filename,
    absPath: `app:///node_modules/${pkg}/cjs/${pkg}.production.min.js`,
    lineno: 1,
    colno: r.between(1000, 90000),
    inApp: false,
  };
}

function java(r, inApp) {
  if (inApp) {
    const cls = pascal(r);
    const mod = `com.example.${r.pick(['shop', 'billing', 'search'])}.${r.pick(WORDS)}.${cls}`;
    const fn = r.pick([camel(r), camel(r), `lambda$${camel(r)}$${r.int(4)}`, `access$${r.int(3)}00`]);
    return {
      function: fn,
      module: mod,
      filename: `${cls}.java`,
      absPath: `${cls}.java`,
      lineno: r.between(20, 500),
      inApp: true,
    };
  }
  const [mod, fn, file] = r.pick([
    ['org.springframework.web.servlet.FrameworkServlet', 'processRequest', 'FrameworkServlet.java'],
    [
      'org.springframework.web.method.support.InvocableHandlerMethod',
      'doInvoke',
      'InvocableHandlerMethod.java',
    ],
    ['java.util.concurrent.ThreadPoolExecutor', 'runWorker', 'ThreadPoolExecutor.java'],
    ['java.lang.Thread', 'run', 'Thread.java'],
    ['jdk.internal.reflect.DirectMethodHandleAccessor', 'invoke', 'DirectMethodHandleAccessor.java'],
    ['com.example.shop.OrderService$$Lambda$1471/0x0000000800d1c448', 'apply', null],
    ['java.util.stream.ReferencePipeline$3$1', 'accept', 'ReferencePipeline.java'],
    ['org.hibernate.internal.SessionImpl', 'find', 'SessionImpl.java'],
  ]);
  return {
    function: fn,
    module: mod,
    filename: file,
    absPath: file,
    lineno: file ? r.between(50, 2000) : null,
    inApp: false,
  };
}

function cocoa(r, inApp) {
  const addr = () => `0x${(0x100000000 + r.int(0x0fffffff)).toString(16)}`;
  if (inApp) {
    const cls = pascal(r);
    const fn = r.chance(0.5) ? `-[${cls} ${camel(r)}:]` : `${cls}.${camel(r)}(_:)`;
    return {
      function: fn,
      rawFunction: r.chance(0.3) ? `$s4Shop${cls.length}${cls}C${camel(r)}yyF` : null,
      module: null,
      package: '/private/var/containers/Bundle/Application/5B9E1C0A/Shop.app/Shop',
      filename: `${cls}.swift`,
      absPath: `/Users/ci/build/Shop/Sources/${cls}.swift`,
      lineno: r.between(10, 400),
      inApp: true,
      instructionAddr: addr(),
      symbol: fn,
    };
  }
  const [pkg, fn] = r.pick([
    [
      '/System/Library/PrivateFrameworks/UIKitCore.framework/UIKitCore',
      '-[UIApplication sendAction:to:from:forEvent:]',
    ],
    [
      '/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation',
      '__CFRUNLOOP_IS_CALLING_OUT_TO_A_SOURCE0_PERFORM_FUNCTION__',
    ],
    ['/usr/lib/system/libdyld.dylib', 'start'],
    ['/usr/lib/system/libsystem_kernel.dylib', '__pthread_kill'],
    ['/usr/lib/libobjc.A.dylib', 'objc_exception_throw'],
    ['/usr/lib/swift/libswiftCore.dylib', 'Swift._assertionFailure(_:_:file:line:flags:) -> Swift.Never'],
    ['/System/Library/Frameworks/Foundation.framework/Foundation', '__NSThreadPerformPerform'],
  ]);
  return {
    function: fn,
    module: null,
    package: pkg,
    filename: null,
    absPath: null,
    lineno: null,
    inApp: false,
    instructionAddr: addr(),
    symbol: fn,
  };
}

function native(r, inApp) {
  const addr = () => `0x7ff6a2${r.hex(6)}`;
  if (inApp) {
    const cls = pascal(r);
    const fn = r.pick([
      `render::${cls}::${camel(r)}()`,
      `render::${cls}::${camel(r)}(int, float const &) const`,
      `render::${cls}::${camel(r)}<render::GlBackend>(render::GlBackend &)`,
      `(anonymous namespace)::${camel(r)}(void *)`,
      `render::${cls}::${camel(r)}() [clone .cold.1]`,
    ]);
    const file = `src/engine/${cls.toLowerCase()}.cpp`;
    return {
      function: fn,
      rawFunction: fn.replace(/\(.*$/, ''),
      module: null,
      package: 'C:\\Program Files\\Render\\render.exe',
      filename: file,
      absPath: `C:\\build\\render\\${file.replace(/\//g, '\\')}`,
      lineno: r.between(10, 900),
      inApp: true,
      instructionAddr: addr(),
      symbol: `?${camel(r)}@${cls}@render@@QEAAXXZ`,
    };
  }
  const [pkg, fn] = r.pick([
    ['C:\\Windows\\System32\\ntdll.dll', 'RtlUserThreadStart'],
    ['C:\\Windows\\System32\\kernel32.dll', 'BaseThreadInitThunk'],
    ['C:\\Windows\\System32\\ucrtbase.dll', 'abort'],
    ['C:\\Windows\\System32\\ntdll.dll', 'NtWaitForMultipleObjects'],
    ['C:\\Windows\\System32\\nvoglv64.dll', null],
    ['C:\\Windows\\System32\\msvcp140.dll', 'std::_Throw_Cpp_error(int)'],
  ]);
  return {
    function: fn,
    module: null,
    package: pkg,
    filename: null,
    absPath: null,
    lineno: null,
    inApp: false,
    instructionAddr: `0x7ffd3c${r.hex(6)}`,
    symbol: fn,
  };
}

function dotnet(r, inApp) {
  if (inApp) {
    const cls = pascal(r);
    const mod = `Shop.${cap(r.pick(WORDS))}.${cls}`;
    const fn = r.pick([
      `${cap(camel(r))}`,
      `${cap(camel(r))}Async`,
      `<${cap(camel(r))}Async>d__${r.int(20)}.MoveNext`,
    ]);
    return {
      function: fn,
      module: mod,
      filename: `${cls}.cs`,
      absPath: `/src/Shop/${cls}.cs`,
      lineno: r.between(10, 400),
      inApp: true,
    };
  }
  const [mod, fn] = r.pick([
    ['System.Runtime.CompilerServices.TaskAwaiter', 'HandleNonSuccessAndDebuggerNotification'],
    ['System.Runtime.ExceptionServices.ExceptionDispatchInfo', 'Throw'],
    ['Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker', 'InvokeActionMethodAsync'],
    ['Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1+Enumerator', 'MoveNext'],
    ['System.Threading.ExecutionContext', 'RunInternal'],
    ['System.Linq.Enumerable', 'First'],
  ]);
  return { function: fn, module: mod, filename: null, absPath: null, lineno: null, inApp: false };
}

/** Per platform: frame maker, exception types, whether crashes come with threads, SDK name, contexts. */
export const PLATFORMS = {
  python: {
    frame: python,
    sdk: 'sentry.python.django',
    version: '2.18.0',
    types: [
      'ValueError',
      'KeyError',
      'TypeError',
      'AttributeError',
      'IntegrityError',
      'TimeoutError',
      'ZeroDivisionError',
    ],
    mechanism: 'django',
    threads: 0,
    runtime: ['CPython', '3.12.7'],
    os: ['Linux', '6.1.0'],
  },
  javascript: {
    frame: javascript,
    sdk: 'sentry.javascript.react',
    version: '8.40.0',
    types: ['TypeError', 'ReferenceError', 'Error', 'ChunkLoadError', 'SyntaxError', 'AxiosError'],
    mechanism: 'onerror',
    threads: 0,
    browser: ['Chrome', '131.0.0'],
    os: ['Windows', '10'],
  },
  java: {
    frame: java,
    sdk: 'sentry.java.spring-boot',
    version: '7.18.0',
    types: [
      'java.lang.NullPointerException',
      'java.lang.IllegalStateException',
      'java.sql.SQLException',
      'org.springframework.dao.DataIntegrityViolationException',
      'java.util.concurrent.TimeoutException',
    ],
    mechanism: 'UncaughtExceptionHandler',
    threads: 0.2,
    runtime: ['OpenJDK', '21.0.5'],
    os: ['Linux', '5.15.0'],
  },
  cocoa: {
    frame: cocoa,
    sdk: 'sentry.cocoa',
    version: '8.41.0',
    types: ['EXC_BAD_ACCESS', 'NSInvalidArgumentException', 'SIGABRT', 'NSRangeException', 'EXC_BREAKPOINT'],
    mechanism: 'mach',
    threads: 0.9,
    os: ['iOS', '18.1'],
    device: ['iPhone15,2', 'Apple'],
  },
  native: {
    frame: native,
    sdk: 'sentry.native',
    version: '0.7.16',
    types: [
      'EXCEPTION_ACCESS_VIOLATION_READ',
      'EXCEPTION_STACK_BUFFER_OVERRUN',
      'SIGSEGV',
      'std::bad_alloc',
      'abort',
    ],
    mechanism: 'minidump',
    threads: 1,
    os: ['Windows', '10.0.22631'],
  },
  dotnet: {
    frame: dotnet,
    sdk: 'sentry.dotnet.aspnetcore',
    version: '4.13.0',
    types: [
      'System.NullReferenceException',
      'System.InvalidOperationException',
      'System.AggregateException',
      'System.Data.SqlClient.SqlException',
      'System.TimeoutException',
    ],
    mechanism: 'AppDomain.UnhandledException',
    threads: 0,
    runtime: ['.NET', '8.0.11'],
    os: ['Linux', '6.6.0'],
  },
};

/** How often each platform appears among issues. */
export const PLATFORM_WEIGHTS = [
  ['javascript', 0.3],
  ['python', 0.22],
  ['java', 0.16],
  ['cocoa', 0.12],
  ['native', 0.1],
  ['dotnet', 0.1],
];

export { WORDS, VERBS, cap, camel };
