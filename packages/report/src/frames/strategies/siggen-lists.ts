/**
 * Frames siggen steps over: they are how a crash is raised, not where it happens (abort, panics, throws).
 * Anchored against the normalised label.
 */
export const SIGGEN_IRRELEVANT: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  [
    'abort and raise',
    /^(abort|raise|_?exit|__GI_raise|__GI_abort|__GI___pthread_kill|__pthread_kill(_implementation|_internal)?|pthread_kill)$/,
  ],
  [
    'assertions and fortify checks',
    /^(__assert_fail|__assert_rtn|_assert|__fortify_fail|__stack_chk_fail|__libc_message|__chk_fail)$/,
  ],
  [
    'C++ throw and terminate',
    /^(__cxa_throw|__cxa_rethrow|_CxxThrowException|RaiseException|std::terminate|std::__terminate|__cxxabiv1::.*|_Unwind_.*)$/,
  ],
  [
    'Windows exception dispatch and Mozilla aborts',
    /^(KiUserExceptionDispatcher|RtlDispatchException|RtlRaiseException|ZwRaiseException|NtTerminateProcess|mozalloc_abort|MOZ_CrashPrintf|MOZ_Crash)$/,
  ],
  [
    'Rust panic machinery',
    /^(rust_begin_unwind|__rust_start_panic|rust_panic|panic_abort::.*|core::panicking::.*|std::panicking::.*|std::panic::.*|std::rt::.*|std::sys::.*|std::sys_common::.*)$/,
  ],
  [
    'Rust unwrap and expect failures',
    /^(core::result::unwrap_failed|core::option::unwrap_failed|core::option::expect_failed)$/,
  ],
  [
    'Objective-C exceptions and os_crash',
    /^(objc_exception_throw|objc_exception_rethrow|_objc_terminate|-\[NSException raise\]|\+\[NSException raise:format:.*\]|_os_crash|__os_crash|os_log_fault)$/,
  ],
  [
    'Swift fatal errors',
    /^(Swift\._assertionFailure.*|Swift\._assertionFailed.*|Swift\.fatalError.*|_assertionFailure.*|_assertionFailed.*|swift_unexpectedError|Swift\._fatalErrorMessage.*)$/,
  ],
];

/**
 * Frames siggen keeps and walks past: generic helpers (allocation, copying, messaging, unwrapping) whose caller
 * says more about the crash. The first frame that is neither irrelevant nor prefix ends the signature.
 */
export const SIGGEN_PREFIX: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  [
    'allocation',
    /^(malloc|calloc|realloc|free|posix_memalign|aligned_alloc|moz_xmalloc|moz_xrealloc|je_malloc|je_free|je_realloc|operator new(\[\])?|operator delete(\[\])?)$/,
  ],
  [
    'memory and string helpers',
    /^(_?_?mem(cpy|move|set|cmp|chr)\w*|_platform_mem\w+|_?_?str(len|cmp|ncmp|cpy|ncpy|chr|dup)\w*|_platform_str\w+|wcs\w+)$/,
  ],
  [
    'Objective-C and Swift messaging and refcounting',
    /^(objc_msgSend\w*|objc_retain|objc_release|objc_autorelease\w*|swift_retain|swift_release|swift_bridgeObjectRelease|CFRelease|CFRetain)$/,
  ],
  [
    'Windows heap, locks and libstdc++ throw helpers',
    /^(RtlFreeHeap|RtlpFreeHeap\w*|HeapFree|RtlAllocateHeap|pthread_mutex_(un)?lock|std::__throw_\w+)$/,
  ],
  [
    'Rust drop, allocation and unwrap',
    /^(core::ptr::drop_in_place.*|alloc::alloc::.*|core::result::Result<T>::(unwrap|expect)|core::option::Option<T>::(unwrap|expect))$/,
  ],
  [
    'JVM null checks and reflection',
    /^(java\.util\.Objects\.requireNonNull|kotlin\.jvm\.internal\.Intrinsics\..*|java\.lang\.reflect\..*|jdk\.internal\.reflect\..*|sun\.reflect\..*)$/,
  ],
];
