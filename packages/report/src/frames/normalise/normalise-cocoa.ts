import { collapseTemplates } from '../../util/collapse-templates.js';
import { stripArguments } from '../../util/strip-arguments.js';

const BLOCK = /^__\d+(([-+])\[[^\]]+\])_block_invoke(_\d+)?(\.\d+)?$/;
const BLOCK_SUFFIX = /_block_invoke(_\d+)?(\.\d+)?$/;
const SWIFT_PREFIXES =
  /^(@objc |specialized |merged |partial apply for |reabstraction thunk helper from |thunk for )+/;
const CLOSURE_NUMBER = /(closure|implicit closure) #\d+/g;
const RETURN_TYPE = /\s+->\s+.*$/;

/**
 * Normalises an Objective-C or Swift function name: block names (`__26-[Foo bar]_block_invoke_2`) become
 * `-[Foo bar]_block_invoke`, Swift's `specialized`/`@objc`/`partial apply for` prefixes, closure counters,
 * return types (`-> ()`), argument lists (labels `(_:)` or types `(Any)`: demanglers differ) and generic arguments
 * (`<A>` → `<T>`) are dropped.
 * @param name a demangled Objective-C or Swift name
 * @example
 * normaliseCocoa('closure #1 in ViewController.viewDidLoad() -> ()'); // 'closure in ViewController.viewDidLoad'
 */
export function normaliseCocoa(name: string): string {
  let out = name.trim();
  const block = BLOCK.exec(out);
  if (block) return `${block[1]}_block_invoke`;
  if (out.startsWith('-[') || out.startsWith('+[')) return out.replace(BLOCK_SUFFIX, '_block_invoke');
  out = out.replace(SWIFT_PREFIXES, '').replace(RETURN_TYPE, '').replace(CLOSURE_NUMBER, '$1');
  return collapseTemplates(stripArguments(out)).trim();
}
