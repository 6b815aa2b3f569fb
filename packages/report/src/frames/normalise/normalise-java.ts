const LAMBDA_CLASS = /\$\$Lambda(\$[\w$]*)?(\/(0x)?[0-9a-f]+)?/g;
const R8_LAMBDA = /\$r8\$lambda\$[\w-]+/g;
const SYNTHETIC_LAMBDA = /\$\$ExternalSyntheticLambda\d+/g;
const LAMBDA_METHOD = /lambda\$([\w]+?)\$\d+/g;
const KOTLIN_LAMBDA = /\$lambda[-$]\d+/g;
const ACCESSOR = /access\$\d+/g;
const PROXY = /\$Proxy\d+/g;
const GENERATED_ACCESSOR =
  /(GeneratedMethodAccessor|GeneratedConstructorAccessor|GeneratedSerializationConstructorAccessor)\d+/g;

/**
 * Normalises a Java or Kotlin class or method name: lambda classes (`Foo$$Lambda$14/0x…`) become `Foo$$Lambda`,
 * lambda methods (`lambda$onClick$0`) lose their counter, and generated numbers in accessors and proxies
 * (`access$000`, `GeneratedMethodAccessor42`, `$Proxy12`, R8's `$r8$lambda$…`, D8's `$$ExternalSyntheticLambda0`) are dropped.
 * @param name a class, method or `class.method` name
 * @example
 * normaliseJava('com.example.Foo$$Lambda$14/0x0000000800c0b448'); // 'com.example.Foo$$Lambda'
 */
export function normaliseJava(name: string): string {
  return name
    .trim()
    .replace(LAMBDA_CLASS, '$$$$Lambda')
    .replace(R8_LAMBDA, '$$r8$$lambda')
    .replace(SYNTHETIC_LAMBDA, '$$$$ExternalSyntheticLambda')
    .replace(LAMBDA_METHOD, 'lambda$$$1')
    .replace(KOTLIN_LAMBDA, '$$lambda')
    .replace(ACCESSOR, 'access$$')
    .replace(PROXY, '$$Proxy')
    .replace(GENERATED_ACCESSOR, '$1');
}
