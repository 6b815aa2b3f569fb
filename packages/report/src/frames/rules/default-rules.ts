/**
 * The built-in stack-trace rules, applied before the caller's (so the caller's win), in three sections:
 * `stdlib` (each platform's runtime and standard library), `libraries` (third-party package folders) and `sdk`
 * (Sentry's own SDK frames, also left out of signatures). Every section is plain rules text, as in a rules file.
 * @example
 * parseRules(DEFAULT_RULES.stdlib, { file: 'defaults:stdlib' });
 */
export const DEFAULT_RULES = {
  stdlib: `
# JavaScript runtimes
family:javascript path:node:* -app
family:javascript path:internal/* -app
family:javascript path:"[native code]" -app
family:javascript path:native -app
family:javascript path:<anonymous> -app
# Python standard library
family:python path:**/lib/python*/** !path:**/site-packages/** -app
family:python path:**/lib/pypy*/** -app
family:python module:importlib.* -app
family:python module:asyncio.* -app
family:python module:concurrent.* -app
family:python module:threading -app
# JVM and Android
family:java module:java.* -app
family:java module:javax.* -app
family:java module:jdk.* -app
family:java module:sun.* -app
family:java module:kotlin.* -app
family:java module:kotlinx.* -app
family:java module:android.* -app
family:java module:androidx.* -app
family:java module:com.android.* -app
family:java module:dalvik.* -app
# .NET
family:dotnet module:System.* -app
family:dotnet module:Microsoft.* -app
# native and Apple system libraries
family:native function:std::* -app
family:native function:core::* -app
family:native function:alloc::* -app
family:native function:__cxa_* -app
family:native function:__libc_* -app
family:native function:_start -app
family:native package:/lib/** -app
family:native package:/lib64/** -app
family:native package:/usr/lib/** -app
family:native package:/usr/lib64/** -app
family:native package:/System/Library/** -app
family:native package:/Developer/** -app
family:native package:libsystem_*.dylib -app
family:native package:C:/Windows/** -app
family:native package:*.so.6 -app
`,
  libraries: `
path:**/node_modules/** -app
path:webpack/bootstrap* -app
family:python path:**/site-packages/** -app
family:python path:**/dist-packages/** -app
family:native package:**/Pods/** -app
`,
  sdk: `
path:**/node_modules/@sentry/** -app -group
path:**/node_modules/@sentry-internal/** -app -group
family:python module:sentry_sdk.* -app -group
family:java module:io.sentry.* !module:io.sentry.sample* !module:io.sentry.example* -app -group
family:dotnet module:Sentry.* -app -group
family:native function:sentry_* -app -group
family:native package:**/Sentry.framework/** -app -group
family:native function:*[Sentry* -app -group
`,
} as const;
