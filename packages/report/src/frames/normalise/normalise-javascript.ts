const ANONYMOUS = new Set([
  '',
  '?',
  '<anonymous>',
  'anonymous',
  '<anonymous function>',
  'Anonymous function',
]);
const ALIAS = /\s*\[as [^\]]*\]$/;
const PREFIX = /^(new|async|Object\.async|Promise\.all index \d+)\s+|^Object\./;
const PROTOTYPE = /\.prototype\./g;

/**
 * Normalises a JavaScript function name: `Object.` and `new `/`async ` prefixes and `[as alias]` suffixes go,
 * `Foo.prototype.bar` becomes `Foo.bar`, and every spelling of an anonymous function becomes `<anonymous>`.
 * @param name a function name as the SDK reported it
 * @example
 * normaliseJavascript('Object.<anonymous>'); // '<anonymous>'
 */
export function normaliseJavascript(name: string): string {
  let out = name.trim().replace(ALIAS, '');
  for (let i = 0; i < 3 && PREFIX.test(out); i++) out = out.replace(PREFIX, '');
  out = out.replace(PROTOTYPE, '.');
  return ANONYMOUS.has(out) ? '<anonymous>' : out;
}
